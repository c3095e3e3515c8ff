using PageShare.Application.Common.Messaging;
using PageShare.Application.Common.Persistence;

namespace PageShare.Application.Search.Queries.Search;

/// <summary><c>GET /search?q=&amp;type=users|tickers|posts|all&amp;limit=&amp;cursor=</c>; a cursor pages a single type only.</summary>
public sealed record SearchQuery(string? Q, string? Type, int? Limit, string? Cursor) : IRequest<SearchResultsDto>, IMultiStatementQuery;
