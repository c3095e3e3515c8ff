namespace PageShare.WebApi.Errors;

/// <summary>The body of every error response (API.md, "Errors").</summary>
public sealed record ErrorEnvelope(ErrorBody Error);

/// <summary><c>details</c> is null, or <c>{"fields": {"name": ["message"]}}</c> for validation errors.</summary>
public sealed record ErrorBody(string Code, string Message, ErrorDetails? Details, string RequestId);

public sealed record ErrorDetails(IReadOnlyDictionary<string, string[]>? Fields);
