using PageShare.Domain.Reports;

namespace PageShare.WebApi.Endpoints;

/// <summary>Body of <c>PATCH /reports/{report_id}</c>; the route names the report.</summary>
public sealed record ModerateReportRequest(ReportStatus? Status, ModerationAction? Action);
