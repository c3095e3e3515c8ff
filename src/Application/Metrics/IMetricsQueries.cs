namespace PageShare.Application.Metrics;

/// <summary>
/// PostgreSQL reads of the admin metrics. Every figure comes from the SQL functions of migration 0011 (defined in
/// docs/metrics.md); completed days are read from the materialized views where they have them, the rest is
/// computed live by the same functions.
/// </summary>
public interface IMetricsQueries
{
    /// <summary>
    /// One row per UTC day of [<paramref name="from"/>, <paramref name="to"/>], in order: days before
    /// <paramref name="today"/> from <c>daily_metrics</c> when the view holds them, every other day live.
    /// </summary>
    Task<IReadOnlyList<DailyMetricsDto>> GetDailyAsync(DateOnly from, DateOnly to, DateOnly today, CancellationToken cancellationToken);

    /// <summary>Engagement over the whole range, computed live (distinct users cannot be summed from days).</summary>
    Task<EngagementFigures> GetEngagementAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken);

    /// <summary>Day-<paramref name="dayN"/> retention of the users who signed up in the cohort range.</summary>
    Task<CohortRetention> GetRetentionAsync(int dayN, DateOnly cohortFrom, DateOnly cohortTo, CancellationToken cancellationToken);

    Task<ChurnFigures> GetChurnAsync(DateOnly asOf, int windowDays, CancellationToken cancellationToken);

    /// <summary>Registered users per country (null: unknown) and how many of them were active in the 30 days ending on <paramref name="asOf"/>.</summary>
    Task<IReadOnlyList<CountryMetricsDto>> GetCountriesAsync(DateOnly asOf, CancellationToken cancellationToken);

    Task<ViralFigures> GetViralAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken);

    /// <summary>Tickers of the <paramref name="windowDays"/> completed days before <paramref name="today"/>, by distinct authors, then posts, then symbol.</summary>
    Task<IReadOnlyList<MetricsTickerDto>> GetTrendingTickersAsync(int windowDays, DateOnly today, int limit, CancellationToken cancellationToken);

    /// <summary>Live posts created in [<paramref name="from"/>, <paramref name="to"/>] with the most reactions, comments, reposts and quotes.</summary>
    Task<IReadOnlyList<TopPostDto>> GetTopPostsAsync(DateOnly from, DateOnly to, int limit, CancellationToken cancellationToken);
}
