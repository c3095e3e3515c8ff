using PageShare.Application.Common.Messaging;
using PageShare.Application.Common.Paging;
using PageShare.Application.Common.Persistence;

namespace PageShare.Application.Feed.Queries.GetFeed;

/// <summary><c>GET /feed</c>: the signed-in user's home feed, newest first; <c>scope</c> all (default) or following.</summary>
public sealed record GetFeedQuery(string? Scope, int? Limit, string? Cursor) : IRequest<CursorPage<FeedItemDto>>, IMultiStatementQuery;
