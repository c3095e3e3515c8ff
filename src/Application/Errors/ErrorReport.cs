using System.Text.Json;
using PageShare.Domain.Errors;

namespace PageShare.Application.Errors;

/// <summary>
/// One occurrence of an error, as reported. The store scrubs it, fingerprints it and adds it to its group; fields
/// a source does not know stay null (a browser has no route template, the backend no page URL).
/// </summary>
public sealed record ErrorReport(ErrorSource Source, ErrorLevel Level, string Message)
{
    public string? Stack { get; init; }

    public string? ExceptionType { get; init; }

    public string? Url { get; init; }

    public string? Route { get; init; }

    public string? Method { get; init; }

    public int? StatusCode { get; init; }

    public string? UserAgent { get; init; }

    public JsonElement? Context { get; init; }

    public Guid? UserId { get; init; }

    public string? RequestId { get; init; }
}
