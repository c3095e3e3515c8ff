namespace PageShare.Application.Metrics.Queries.GetHealthMetrics;

/// <summary>
/// Platform health (docs/metrics.md "Health"): requests, error rates and latency of the last
/// <see cref="WindowMinutes"/> minutes as seen by this API process, plus database and storage figures.
/// </summary>
public sealed record HealthMetricsDto(
    DateTimeOffset GeneratedAt,
    int WindowMinutes,
    long Requests,
    double ErrorRate,
    double ClientErrorRate,
    LatencyDto Latency,
    IReadOnlyList<RouteHealthDto> Routes,
    DatabaseHealthDto Database,
    SlowQueriesDto SlowQueries,
    StorageUsageDto Storage);
