using PageShare.Application.Common.Interfaces;
using PageShare.Application.Common.Messaging;
using PageShare.Application.Common.Paging;
using PageShare.Application.Posts;
using PageShare.Application.Users;

namespace PageShare.Application.Search.Queries.Search;

internal sealed class SearchQueryHandler(ISearchQueries search, PostReader reader, ICurrentUser currentUser)
    : IRequestHandler<SearchQuery, SearchResultsDto>
{
    public async Task<SearchResultsDto> Handle(SearchQuery request, CancellationToken cancellationToken)
    {
        SearchTypeNames.TryParse(request.Type, out var type);
        var limit = request.Limit ?? PageRequest.DefaultLimit;
        var term = request.Q!.Trim();
        var cursor = SearchCursor.Decode(request.Cursor, type);
        var viewerId = currentUser.Id;

        IReadOnlyList<SearchHit<UserSummaryDto>> users = [];
        IReadOnlyList<SearchHit<TickerSummaryDto>> tickers = [];
        IReadOnlyList<SearchHit<Guid>> posts = [];
        if (type is SearchType.All or SearchType.Users && term.TrimStart('@') is { Length: > 0 } name)
        {
            users = await search.FindUsersAsync(name, viewerId, cursor, limit + 1, cancellationToken);
        }

        if (type is SearchType.All or SearchType.Tickers && term.TrimStart('$', '#') is { Length: > 0 } symbol)
        {
            tickers = await search.FindTickersAsync(symbol, cursor, limit + 1, cancellationToken);
        }

        if (type is SearchType.All or SearchType.Posts && PostSearchTerms.Parse(term) is { IsEmpty: false } terms)
        {
            posts = await search.FindPostsAsync(terms, viewerId, cursor, limit + 1, cancellationToken);
        }

        var postDtos = await reader.LoadAsync(posts.Take(limit).Select(h => h.Item).ToList(), viewerId, cancellationToken);
        var next = type switch
        {
            SearchType.Users => NextCursor(users, limit),
            SearchType.Tickers => NextCursor(tickers, limit),
            SearchType.Posts => NextCursor(posts, limit),
            _ => null,
        };
        return new SearchResultsDto(
            users.Take(limit).Select(h => h.Item).ToList(),
            tickers.Take(limit).Select(h => h.Item).ToList(),
            postDtos,
            next);
    }

    private static string? NextCursor<T>(IReadOnlyList<SearchHit<T>> hits, int limit) =>
        hits.Count > limit ? hits[limit - 1].Position.Encode() : null;
}
