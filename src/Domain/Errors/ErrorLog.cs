using PageShare.Domain.Common;

namespace PageShare.Domain.Errors;

/// <summary>
/// A group of identical errors (same source and fingerprint) with how often and when last it happened. Rows are
/// written by the error-log store's upsert, never created here; an admin only resolves them.
/// </summary>
public sealed class ErrorLog : Entity, IAggregateRoot
{
    private ErrorLog()
    {
    }

    public ErrorSource Source { get; private set; }

    public ErrorLevel Level { get; private set; }

    public string Fingerprint { get; private set; } = string.Empty;

    public string Message { get; private set; } = string.Empty;

    public string? Stack { get; private set; }

    public string? ExceptionType { get; private set; }

    public string? Url { get; private set; }

    public string? Route { get; private set; }

    public string? Method { get; private set; }

    public int? StatusCode { get; private set; }

    public string? UserAgent { get; private set; }

    /// <summary>The scrubbed <c>context</c> object as JSON text.</summary>
    public string? Context { get; private set; }

    public Guid? UserId { get; private set; }

    public string? RequestId { get; private set; }

    public int Occurrences { get; private set; }

    public bool Resolved { get; private set; }

    public DateTimeOffset? ResolvedAt { get; private set; }

    public Guid? ResolvedBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset LastSeenAt { get; private set; }

    /// <summary>Idempotent: resolving a resolved group keeps who resolved it first and when.</summary>
    public void Resolve(Guid adminId, DateTimeOffset now)
    {
        if (Resolved)
        {
            return;
        }

        Resolved = true;
        ResolvedAt = now;
        ResolvedBy = adminId;
    }
}
