using PageShare.Application.Common.Messaging;
using PageShare.Application.Common.Paging;
using PageShare.Application.Common.Security;

namespace PageShare.Application.Reports.Queries.ListReports;

/// <summary><c>GET /reports</c> (admin): the moderation queue, newest first, filtered by <c>status</c> and <c>target_type</c>.</summary>
public sealed record ListReportsQuery(string? Status, string? TargetType, int? Limit, string? Cursor)
    : IRequest<CursorPage<ModerationReportDto>>, IAdminRequest;
