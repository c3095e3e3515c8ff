using PageShare.Application.Common.Messaging;

namespace PageShare.Application.Tickers.Queries.ListTrendingTickers;

internal sealed class ListTrendingTickersQueryHandler(ITickerQueries tickers, TimeProvider clock)
    : IRequestHandler<ListTrendingTickersQuery, TrendingTickersDto>
{
    public async Task<TrendingTickersDto> Handle(ListTrendingTickersQuery request, CancellationToken cancellationToken)
    {
        var window = request.Window ?? TrendingWindow.Default;
        TrendingWindow.TryGetLength(window, out var length); // the validator refused unknown windows
        var since = clock.GetUtcNow() - length;
        var items = await tickers.GetTrendingAsync(since, request.Limit ?? ListTrendingTickersQuery.DefaultLimit, cancellationToken);
        return new TrendingTickersDto(window, items);
    }
}
