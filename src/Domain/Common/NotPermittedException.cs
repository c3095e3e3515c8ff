namespace PageShare.Domain.Common;

/// <summary>The actor may not do this to this aggregate (not the owner, not an admin): 403.</summary>
public class NotPermittedException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
