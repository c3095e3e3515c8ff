namespace PageShare.Application.Metrics.Queries.GetHealthMetrics;

/// <summary>The request figures of one sliding window: totals and the busiest routes.</summary>
public sealed record RequestWindowDto(
    int WindowMinutes,
    long Requests,
    double ErrorRate,
    double ClientErrorRate,
    LatencyDto Latency,
    IReadOnlyList<RouteHealthDto> Routes);
