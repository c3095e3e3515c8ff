namespace PageShare.Application.Metrics;

/// <summary>Signups today, in the 7 days and in the 30 days ending today.</summary>
public sealed record SignupCountsDto(int Day, int Week, int Month);
