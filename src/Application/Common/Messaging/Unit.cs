namespace PageShare.Application.Common.Messaging;

/// <summary>The answer of a command that returns nothing, so there is one dispatch path.</summary>
public readonly record struct Unit
{
    public static readonly Unit Value;
}
