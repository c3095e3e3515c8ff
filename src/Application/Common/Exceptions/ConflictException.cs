namespace PageShare.Application.Common.Exceptions;

/// <summary>The request clashes with the current state: 409 <c>CONFLICT</c>.</summary>
public sealed class ConflictException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
