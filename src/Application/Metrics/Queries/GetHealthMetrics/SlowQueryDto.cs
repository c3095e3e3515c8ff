namespace PageShare.Application.Metrics.Queries.GetHealthMetrics;

/// <summary>Normalised SQL text (no parameter or literal values) and its timings in milliseconds.</summary>
public sealed record SlowQueryDto(string Query, long Calls, double MeanMs, double MaxMs, double TotalMs);
