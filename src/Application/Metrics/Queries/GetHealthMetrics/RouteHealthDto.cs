namespace PageShare.Application.Metrics.Queries.GetHealthMetrics;

/// <summary>One route template (<c>GET /api/v1/posts/{postId}</c>), never a raw path.</summary>
public sealed record RouteHealthDto(string Route, long Requests, double ErrorRate, double ClientErrorRate, LatencyDto Latency);
