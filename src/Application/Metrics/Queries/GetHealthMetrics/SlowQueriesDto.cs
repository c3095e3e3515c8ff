namespace PageShare.Application.Metrics.Queries.GetHealthMetrics;

/// <summary>
/// <see cref="Source"/> is <c>pg_stat_statements</c> or <c>app</c> (this process's log of commands slower than
/// <see cref="ThresholdMs"/>); slowest mean first.
/// </summary>
public sealed record SlowQueriesDto(string Source, double? ThresholdMs, IReadOnlyList<SlowQueryDto> Items)
{
    public const string PgStatStatements = "pg_stat_statements";
    public const string App = "app";
}
