namespace PageShare.Application.Metrics.Queries.GetHealthMetrics;

/// <summary><c>pg_database_size</c> of the current database and its open connections (<c>pg_stat_activity</c>).</summary>
public sealed record DatabaseHealthDto(long SizeBytes, int Connections);
