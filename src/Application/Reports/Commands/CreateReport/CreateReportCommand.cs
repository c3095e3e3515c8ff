using PageShare.Application.Common.Messaging;
using PageShare.Application.Common.Security;
using PageShare.Domain.Reports;

namespace PageShare.Application.Reports.Commands.CreateReport;

/// <summary><c>POST /reports</c>: report a post, comment or user; one open report per reporter and target.</summary>
public sealed record CreateReportCommand(ReportTargetType? TargetType, Guid? TargetId, ReportReason? Reason, string? Details)
    : IRequest<ReportDto>, IWriteRequest;
