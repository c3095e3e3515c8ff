namespace PageShare.Application.Metrics;

/// <summary><c>GET /metrics/users</c>: active users as of <see cref="AsOf"/> (today, live), signups, retention, churn, countries.</summary>
public sealed record UserMetricsDto(
    DateOnly AsOf,
    int Dau,
    int Wau,
    int Mau,
    SignupCountsDto Signups,
    IReadOnlyList<RetentionDto> Retention,
    ChurnDto Churn,
    IReadOnlyList<CountryMetricsDto> Countries);
