using PageShare.Application.Common.Messaging;

namespace PageShare.Application.Tickers.Queries.ListTrendingTickers;

internal sealed class ListTrendingTickersQueryHandler(ITickerQueries tickers, TrendingTickersCache cache)
    : IRequestHandler<ListTrendingTickersQuery, TrendingTickersDto>
{
    public async Task<TrendingTickersDto> Handle(ListTrendingTickersQuery request, CancellationToken cancellationToken)
    {
        var window = request.Window ?? TrendingWindow.Default;
        TrendingWindow.TryGetLength(window, out var length); // the validator refused unknown windows
        // The longest list once per window: every limit is a prefix of it, the ranking being a total order.
        var ranked = await cache.GetAsync(window,
            (now, ct) => tickers.GetTrendingAsync(now - length, ListTrendingTickersQuery.MaxLimit, ct), cancellationToken);
        return new TrendingTickersDto(window, ranked.Take(request.Limit ?? ListTrendingTickersQuery.DefaultLimit).ToList());
    }
}
