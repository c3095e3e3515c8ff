using PageShare.Application.Common.Messaging;
using PageShare.Application.Common.Paging;

namespace PageShare.Application.Comments.Queries.ListComments;

/// <summary>
/// <c>GET /posts/{post_id}/comments</c>: live comments and replies of a live post, oldest first. One statement, so
/// not an <c>IMultiStatementQuery</c>: EF opens the connection for it alone.
/// </summary>
public sealed record ListCommentsQuery(Guid PostId, int? Limit, string? Cursor) : IRequest<CursorPage<CommentDto>>;
