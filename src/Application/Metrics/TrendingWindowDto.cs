namespace PageShare.Application.Metrics;

public sealed record TrendingWindowDto(int WindowDays, DateOnly From, DateOnly To, IReadOnlyList<MetricsTickerDto> Items);
