using PageShare.Application.Common.Messaging;
using PageShare.Application.Search;
using PageShare.Application.Search.Queries.Search;

namespace PageShare.WebApi.Endpoints;

public static class SearchEndpoints
{
    public static IEndpointRouteBuilder MapSearchEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet("/search", Search).WithName(nameof(Search)).WithTags("Search")
            .WithSummary("Search users, tickers and posts; hides users blocked either way and (posts) muted authors")
            .WithDescription("q: 1-100 characters. type: users, tickers, posts or all (default). users: username or display name "
                             + "prefix matches first, then trigram-similar ones (@ is ignored). tickers: the exact symbol, then symbol "
                             + "prefix, then name matches ($ and # are ignored). posts: full-text search (websearch syntax: "
                             + "\"quoted phrase\", or, -word) ranked by relevance then recency; each $CASHTAG must be among the "
                             + "post's tickers. limit 1..100 (default 20) per list. With a single type, next_cursor pages that list "
                             + "(keyset on the ranking: stable while rows are added); with type=all each list is capped by limit and "
                             + "next_cursor is null.")
            .AllowUser().ProducesErrors(StatusCodes.Status422UnprocessableEntity);
        return api;
    }

    private static async Task<Ok<SearchResultsDto>> Search(ISender sender, CancellationToken ct,
        string? q = null, string? type = null, int? limit = null, string? cursor = null) =>
        TypedResults.Ok(await sender.Send(new SearchQuery(q, type, limit, cursor), ct));
}
