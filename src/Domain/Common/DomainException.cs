namespace PageShare.Domain.Common;

/// <summary>Input that can never be valid (a bad username, following yourself): 422.</summary>
public class DomainException(string code, string message, string? field = null) : Exception(message)
{
    /// <summary>snake_case noun that logs and tests assert on, e.g. <c>invalid_username</c>.</summary>
    public string Code { get; } = code;

    /// <summary>The snake_case input field at fault, when there is one.</summary>
    public string? Field { get; } = field;
}
