namespace PageShare.Application.Metrics;

/// <summary>Users active in the previous window but not in the current one (both <see cref="WindowDays"/> long, the current ending today).</summary>
public sealed record ChurnDto(int WindowDays, int PreviousActive, int Churned, decimal? RatePct);
