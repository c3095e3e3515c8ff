using PageShare.Application.Common.Messaging;
using PageShare.Application.Common.Security;
using PageShare.Domain.Reports;

namespace PageShare.Application.Reports.Commands.ModerateReport;

/// <summary>
/// <c>PATCH /reports/{report_id}</c> (admin): close an open report as <c>resolved</c> or <c>dismissed</c>;
/// <c>delete_content</c> with <c>resolved</c> soft-deletes the reported post or comment in the same transaction.
/// </summary>
public sealed record ModerateReportCommand(Guid ReportId, ReportStatus? Status, ModerationAction? Action)
    : IRequest<ModerationReportDto>, IAdminRequest;
