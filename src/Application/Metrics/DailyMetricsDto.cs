namespace PageShare.Application.Metrics;

/// <summary>One UTC day of the daily time series (docs/metrics.md defines every column).</summary>
public sealed record DailyMetricsDto(
    DateOnly Day,
    int Dau,
    int Wau,
    int Mau,
    int Signups,
    int UsersTotal,
    int Posts,
    int Comments,
    int Reactions,
    int Reposts,
    int Follows,
    int PollVotes);
