using PageShare.Application.Common.Messaging;
using PageShare.Application.Common.Paging;
using PageShare.Application.Common.Persistence;
using PageShare.Application.Posts;

namespace PageShare.Application.Tickers.Queries.ListTickerPosts;

/// <summary><c>GET /tickers/{symbol}/posts</c>: live posts naming the ticker, newest first; 404 for an unknown ticker.</summary>
public sealed record ListTickerPostsQuery(string Symbol, int? Limit, string? Cursor) : IRequest<CursorPage<PostDto>>, IMultiStatementQuery;
