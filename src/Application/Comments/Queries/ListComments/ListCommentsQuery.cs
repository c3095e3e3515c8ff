using PageShare.Application.Common.Messaging;
using PageShare.Application.Common.Paging;
using PageShare.Application.Common.Persistence;

namespace PageShare.Application.Comments.Queries.ListComments;

/// <summary><c>GET /posts/{post_id}/comments</c>: live comments and replies of a live post, oldest first.</summary>
public sealed record ListCommentsQuery(Guid PostId, int? Limit, string? Cursor) : IRequest<CursorPage<CommentDto>>, IMultiStatementQuery;
