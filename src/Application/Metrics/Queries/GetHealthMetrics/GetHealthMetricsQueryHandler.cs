using PageShare.Application.Common.Messaging;

namespace PageShare.Application.Metrics.Queries.GetHealthMetrics;

internal sealed class GetHealthMetricsQueryHandler(IRequestMetrics requests, IPlatformHealthReader platform, TimeProvider clock)
    : IRequestHandler<GetHealthMetricsQuery, HealthMetricsDto>
{
    public async Task<HealthMetricsDto> Handle(GetHealthMetricsQuery request, CancellationToken cancellationToken)
    {
        var window = requests.Snapshot(GetHealthMetricsQuery.TopRoutes);
        // One DbContext per request: the reads run one after another.
        var database = await platform.ReadDatabaseAsync(cancellationToken);
        var slowQueries = await platform.ReadSlowQueriesAsync(GetHealthMetricsQuery.TopSlowQueries, cancellationToken);
        var storage = await platform.ReadStorageAsync(cancellationToken);

        return new HealthMetricsDto(
            clock.GetUtcNow(),
            window.WindowMinutes,
            window.Requests,
            window.ErrorRate,
            window.ClientErrorRate,
            window.Latency,
            window.Routes,
            database,
            slowQueries,
            storage);
    }
}
