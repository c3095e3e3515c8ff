using PageShare.Application.Common.Messaging;
using PageShare.Application.Common.Paging;
using PageShare.Application.Common.Persistence;

namespace PageShare.Application.Posts.Queries.ListPosts;

/// <summary><c>GET /posts</c> (filters <c>author_id</c>, <c>ticker</c>) and <c>GET /users/{id}/posts</c>: newest first.</summary>
public sealed record ListPostsQuery(Guid? AuthorId, string? Ticker, int? Limit, string? Cursor) : IRequest<CursorPage<PostDto>>, IMultiStatementQuery;
