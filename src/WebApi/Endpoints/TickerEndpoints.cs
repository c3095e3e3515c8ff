using PageShare.Application.Common.Messaging;
using PageShare.Application.Common.Paging;
using PageShare.Application.Posts;
using PageShare.Application.Tickers;
using PageShare.Application.Tickers.Queries.GetTicker;
using PageShare.Application.Tickers.Queries.ListTickerPosts;
using PageShare.Application.Tickers.Queries.ListTrendingTickers;

namespace PageShare.WebApi.Endpoints;

public static class TickerEndpoints
{
    public static RouteGroupBuilder MapTickerEndpoints(this IEndpointRouteBuilder api)
    {
        var tickers = api.MapGroup("/tickers").WithTags("Tickers");
        // The literal segment wins over {symbol}; a ticker named TRENDING is still reachable as /tickers/$TRENDING.
        tickers.MapGet("/trending", ListTrendingTickers).WithName(nameof(ListTrendingTickers))
            .WithSummary("Trending tickers: ranked by distinct authors of live posts naming them in the window")
            .WithDescription("window: 1h, 24h (default) or 7d. mentions = distinct authors of live posts in the window, "
                             + "posts = those posts; ranked by mentions desc, posts desc, then symbol. limit 1..50, default 10.")
            .AllowUser().ProducesErrors(StatusCodes.Status422UnprocessableEntity);
        tickers.MapGet("/{symbol}", GetTicker).WithName(nameof(GetTicker))
            .WithSummary("A ticker page; 404 if never mentioned")
            .WithDescription("symbol in any case, with or without $ or #. posts_count = live posts; mentions_24h = live posts "
                             + "in the last 24 h; sentiment_7d over the live posts of the last 7 days: total = those carrying a "
                             + "sentiment, bullish = bullish posts / total, bearish = bearish posts / total (4 decimals; 0 when total is 0).")
            .AllowUser().ProducesErrors(StatusCodes.Status404NotFound);
        tickers.MapGet("/{symbol}/posts", ListTickerPosts).WithName(nameof(ListTickerPosts))
            .WithSummary("Live posts naming the ticker, newest first; 404 if never mentioned")
            .AllowUser().ProducesErrors(StatusCodes.Status404NotFound, StatusCodes.Status422UnprocessableEntity);
        return tickers;
    }

    private static async Task<Ok<TrendingTickersDto>> ListTrendingTickers(ISender sender, CancellationToken ct,
        string? window = null, int? limit = null) =>
        TypedResults.Ok(await sender.Send(new ListTrendingTickersQuery(window, limit), ct));

    private static async Task<Ok<TickerDto>> GetTicker(string symbol, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetTickerQuery(symbol), ct));

    private static async Task<Ok<CursorPage<PostDto>>> ListTickerPosts(string symbol, ISender sender, CancellationToken ct,
        int? limit = null, string? cursor = null) =>
        TypedResults.Ok(await sender.Send(new ListTickerPostsQuery(symbol, limit, cursor), ct));
}
