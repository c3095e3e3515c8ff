using PageShare.Application.Common.Messaging;
using PageShare.Application.Common.Paging;
using PageShare.Application.Common.Security;

namespace PageShare.Application.Errors.Queries.ListErrors;

/// <summary><c>GET /errors</c> (admin): error groups, most recently seen first, filtered by <c>resolved</c> and <c>source</c>.</summary>
public sealed record ListErrorsQuery(bool? Resolved, string? Source, int? Limit, string? Cursor)
    : IRequest<CursorPage<ErrorLogDto>>, IAdminRequest;
