namespace PageShare.Application.Metrics;

/// <summary>
/// <c>GET /metrics/trending</c>: tickers over windows of completed days ending <see cref="AsOf"/> (yesterday), and the top
/// posts created in [<see cref="TopPostsFrom"/>, today].
/// </summary>
public sealed record TrendingMetricsDto(DateOnly AsOf, IReadOnlyList<TrendingWindowDto> Tickers, DateOnly TopPostsFrom, IReadOnlyList<TopPostDto> TopPosts);
