namespace PageShare.Application.Metrics;

/// <summary>
/// <c>GET /metrics/dashboard</c>: every group in one body. <see cref="Health"/> is the place of the health group
/// (GetHealthMetricsQuery, built separately): null until it is wired in.
/// </summary>
public sealed record MetricsDashboardDto(
    UserMetricsDto Users,
    EngagementMetricsDto Engagement,
    GrowthMetricsDto Growth,
    TrendingMetricsDto Trending,
    object? Health);
