namespace PageShare.Application.Metrics;

/// <summary>A ticker in a trending window: live posts naming it and their distinct authors.</summary>
public sealed record MetricsTickerDto(string Symbol, int Posts, int Authors);
