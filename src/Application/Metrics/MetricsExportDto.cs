namespace PageShare.Application.Metrics;

/// <summary>The daily time series of <c>GET /metrics/export</c> for [<see cref="From"/>, <see cref="To"/>].</summary>
public sealed record MetricsExportDto(DateOnly From, DateOnly To, IReadOnlyList<DailyMetricsDto> Days);
