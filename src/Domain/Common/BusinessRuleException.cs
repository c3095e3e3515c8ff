namespace PageShare.Domain.Common;

/// <summary>Valid input in the wrong state (poll closed, already voted): 409.</summary>
public class BusinessRuleException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
