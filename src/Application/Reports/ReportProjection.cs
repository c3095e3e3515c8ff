using PageShare.Domain.Reports;

namespace PageShare.Application.Reports;

/// <summary>The one projection of <see cref="ModerationReportDto"/>: the reporters count is a correlated count served by ix_reports_target.</summary>
internal static class ReportProjection
{
    public static IQueryable<ModerationReportDto> ToModerationDto(this IQueryable<Report> reports, IQueryable<Report> all) =>
        reports.Select(r => new ModerationReportDto(
            r.Id, r.ReporterId, r.TargetType, r.TargetId, r.Reason, r.Details, r.Status, r.Action, r.ResolvedBy, r.ResolvedAt, r.CreatedAt,
            all.Count(o => o.TargetType == r.TargetType && o.TargetId == r.TargetId && o.Status == ReportStatus.Open)));
}
