using PageShare.Application.Common.Messaging;
using PageShare.Application.Common.Paging;
using PageShare.Application.Common.Persistence;
using PageShare.Application.Posts;

namespace PageShare.Application.Bookmarks.Queries.ListBookmarks;

/// <summary><c>GET /bookmarks</c>: the caller's bookmarked live posts, newest bookmark first.</summary>
public sealed record ListBookmarksQuery(int? Limit, string? Cursor) : IRequest<CursorPage<PostDto>>, IMultiStatementQuery;
