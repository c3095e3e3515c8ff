namespace PageShare.Application.Metrics;

/// <summary>Actions in the window divided by the window's active users; null when nobody was active.</summary>
public sealed record PerActiveUserDto(decimal? Posts, decimal? Comments, decimal? Reactions, decimal? Reposts);
