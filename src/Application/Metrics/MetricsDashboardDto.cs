using PageShare.Application.Metrics.Queries.GetHealthMetrics;

namespace PageShare.Application.Metrics;

/// <summary><c>GET /metrics/dashboard</c>: every group in one body, each the same as its own endpoint's.</summary>
public sealed record MetricsDashboardDto(
    UserMetricsDto Users,
    EngagementMetricsDto Engagement,
    GrowthMetricsDto Growth,
    TrendingMetricsDto Trending,
    HealthMetricsDto Health);
