namespace PageShare.Application.Metrics;

/// <summary><c>GET /metrics/engagement</c> over the 30 days ending today (today live).</summary>
public sealed record EngagementMetricsDto(
    DateOnly From,
    DateOnly To,
    int ActiveUsers,
    int EngagedUsers,
    ActionCountsDto Totals,
    PerActiveUserDto PerActiveUser,
    PerPostDto PerPost,
    ActiveUsersByActionDto ActiveUsersByAction);
