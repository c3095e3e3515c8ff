using PageShare.Domain.Reports;

namespace PageShare.Application.Reports;

/// <summary>A report as its reporter sees it (<c>POST /reports</c>).</summary>
public sealed record ReportDto(
    Guid Id,
    ReportTargetType TargetType,
    Guid TargetId,
    ReportReason Reason,
    string? Details,
    ReportStatus Status,
    DateTimeOffset CreatedAt);
