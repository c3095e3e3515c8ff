using PageShare.Domain.Reports;

namespace PageShare.Application.Reports;

/// <summary>
/// A report in the moderation queue. <see cref="ReportersCount"/> is the number of open reports of the same
/// target: with one open report per reporter and target, the number of people currently reporting it.
/// </summary>
public sealed record ModerationReportDto(
    Guid Id,
    Guid ReporterId,
    ReportTargetType TargetType,
    Guid TargetId,
    ReportReason Reason,
    string? Details,
    ReportStatus Status,
    ModerationAction? Action,
    Guid? ResolvedBy,
    DateTimeOffset? ResolvedAt,
    DateTimeOffset CreatedAt,
    int ReportersCount);
