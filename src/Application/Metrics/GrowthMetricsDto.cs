namespace PageShare.Application.Metrics;

/// <summary><c>GET /metrics/growth</c>: completed days only, the last one being <see cref="AsOf"/> (yesterday).</summary>
public sealed record GrowthMetricsDto(DateOnly AsOf, GrowthPeriodDto Week, GrowthPeriodDto Month, ViralCoefficientDto ViralCoefficient);
