namespace PageShare.Application.Metrics.Queries.GetHealthMetrics;

/// <summary>Latency percentiles in milliseconds (null without requests).</summary>
public sealed record LatencyDto(double? P50, double? P95, double? P99);
