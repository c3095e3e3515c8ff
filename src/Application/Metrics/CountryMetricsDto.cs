namespace PageShare.Application.Metrics;

/// <summary>Users of one country (<see cref="CountryCode"/> null: not known) and those of them active in the last 30 days.</summary>
public sealed record CountryMetricsDto(string? CountryCode, int Users, int ActiveUsers);
