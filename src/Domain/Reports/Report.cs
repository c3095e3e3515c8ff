using PageShare.Domain.Common;

namespace PageShare.Domain.Reports;

/// <summary>
/// A user's report of a post, comment or user, and its moderation. The target has no foreign key: a report
/// outlives the content it names. One open report per reporter and target is a partial unique index.
/// </summary>
public sealed class Report : Entity, IAggregateRoot
{
    public const int MaxDetailsLength = 1000;

    private Report()
    {
    }

    public Guid ReporterId { get; private set; }

    public ReportTargetType TargetType { get; private set; }

    public Guid TargetId { get; private set; }

    public ReportReason Reason { get; private set; }

    public string? Details { get; private set; }

    public ReportStatus Status { get; private set; }

    public Guid? ResolvedBy { get; private set; }

    public DateTimeOffset? ResolvedAt { get; private set; }

    public ModerationAction? Action { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public bool IsOpen => Status == ReportStatus.Open;

    /// <summary>Blank details become null; at most <see cref="MaxDetailsLength"/> characters (code points, as SQL counts).</summary>
    public static Report Create(Guid reporterId, ReportTargetType targetType, Guid targetId, ReportReason reason,
        string? details, DateTimeOffset now)
    {
        if (targetType == ReportTargetType.User && targetId == reporterId)
        {
            throw new DomainException("cannot_report_self", "you cannot report yourself.", "target_id");
        }

        var trimmed = string.IsNullOrWhiteSpace(details) ? null : details.Trim();
        if (trimmed is not null && trimmed.EnumerateRunes().Count() > MaxDetailsLength)
        {
            throw new DomainException("details_too_long", $"must be at most {MaxDetailsLength} characters.", "details");
        }

        return new Report
        {
            Id = Guid.NewGuid(),
            ReporterId = reporterId,
            TargetType = targetType,
            TargetId = targetId,
            Reason = reason,
            Details = trimmed,
            Status = ReportStatus.Open,
            CreatedAt = now,
        };
    }

    /// <summary>The content broke the rules; <paramref name="action"/> says what was done about it.</summary>
    public void Resolve(Guid adminId, DateTimeOffset now, ModerationAction? action)
    {
        if (action == ModerationAction.DeleteContent && TargetType == ReportTargetType.User)
        {
            throw new DomainException("cannot_delete_user", "delete_content applies to posts and comments, not users.", "action");
        }

        Close(ReportStatus.Resolved, adminId, now, action);
    }

    /// <summary>No violation: nothing is done to the content, so no action is accepted.</summary>
    public void Dismiss(Guid adminId, DateTimeOffset now, ModerationAction? action)
    {
        if (action is not null)
        {
            throw new DomainException("action_on_dismiss", "a dismissed report takes no action; resolve it instead.", "action");
        }

        Close(ReportStatus.Dismissed, adminId, now, null);
    }

    private void Close(ReportStatus status, Guid adminId, DateTimeOffset now, ModerationAction? action)
    {
        if (!IsOpen)
        {
            throw new BusinessRuleException("report_closed", $"This report was already {Status.ToString().ToLowerInvariant()}.");
        }

        Status = status;
        ResolvedBy = adminId;
        ResolvedAt = now;
        Action = action;
    }
}
