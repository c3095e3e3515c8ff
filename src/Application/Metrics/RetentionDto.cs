namespace PageShare.Application.Metrics;

/// <summary>Day-<see cref="Day"/> retention of the users who signed up in [<see cref="CohortFrom"/>, <see cref="CohortTo"/>].</summary>
public sealed record RetentionDto(int Day, DateOnly CohortFrom, DateOnly CohortTo, int CohortSize, int Retained, decimal? RatePct);
