namespace PageShare.Application.Metrics;

/// <summary>What the <see cref="Posts"/> live posts created in the window have received so far, per post.</summary>
public sealed record PerPostDto(int Posts, decimal? Reactions, decimal? Comments, decimal? Reposts);
