using PageShare.Application.Common.Messaging;

namespace PageShare.Application.Metrics.Queries.GetTrendingMetrics;

internal sealed class GetTrendingMetricsQueryHandler(IMetricsQueries metrics, TimeProvider clock)
    : IRequestHandler<GetTrendingMetricsQuery, TrendingMetricsDto>
{
    public async Task<TrendingMetricsDto> Handle(GetTrendingMetricsQuery request, CancellationToken cancellationToken)
    {
        var today = MetricsMath.Today(clock);
        var asOf = today.AddDays(-1);
        var windows = new List<TrendingWindowDto>(GetTrendingMetricsQuery.WindowDays.Count);
        foreach (var length in GetTrendingMetricsQuery.WindowDays)
        {
            var items = await metrics.GetTrendingTickersAsync(length, today, GetTrendingMetricsQuery.Limit, cancellationToken);
            windows.Add(new TrendingWindowDto(length, today.AddDays(-length), asOf, items));
        }

        var topFrom = today.AddDays(-(GetTrendingMetricsQuery.TopPostDays - 1));
        var top = await metrics.GetTopPostsAsync(topFrom, today, GetTrendingMetricsQuery.Limit, cancellationToken);
        return new TrendingMetricsDto(asOf, windows, topFrom, top);
    }
}
