namespace PageShare.Application.Metrics;

public sealed record CohortRetention(int CohortSize, int Retained);
