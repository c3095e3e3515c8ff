using System.Text.Json;
using PageShare.Domain.Errors;

namespace PageShare.Application.Errors;

/// <summary>An error group as <c>GET /errors</c> lists it: the first occurrence's details, the count and the last time seen.</summary>
public sealed record ErrorLogDto(
    Guid Id,
    ErrorSource Source,
    ErrorLevel Level,
    string Message,
    string? Stack,
    string? ExceptionType,
    string? Url,
    string? Route,
    string? Method,
    int? StatusCode,
    string? UserAgent,
    JsonElement? Context,
    Guid? UserId,
    string? RequestId,
    int Occurrences,
    bool Resolved,
    DateTimeOffset? ResolvedAt,
    Guid? ResolvedBy,
    DateTimeOffset CreatedAt,
    DateTimeOffset LastSeenAt)
{
    public static ErrorLogDto From(ErrorLog log)
    {
        ArgumentNullException.ThrowIfNull(log);
        return new ErrorLogDto(log.Id, log.Source, log.Level, log.Message, log.Stack, log.ExceptionType, log.Url, log.Route,
            log.Method, log.StatusCode, log.UserAgent, ParseContext(log.Context),
            log.UserId, log.RequestId, log.Occurrences, log.Resolved, log.ResolvedAt, log.ResolvedBy, log.CreatedAt, log.LastSeenAt);
    }

    private static JsonElement? ParseContext(string? json)
    {
        if (json is null)
        {
            return null;
        }

        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
