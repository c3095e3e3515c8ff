using PageShare.Application.Common.Messaging;
using PageShare.Application.Common.Security;

namespace PageShare.Application.Metrics.Queries.GetTrendingMetrics;

/// <summary><c>GET /metrics/trending</c> (admin): trending tickers over 1, 7 and 30 completed days, and the week's top posts.</summary>
public sealed record GetTrendingMetricsQuery : IRequest<TrendingMetricsDto>, IAdminRequest
{
    public const int Limit = 10;
    public const int TopPostDays = 7;
    public static readonly IReadOnlyList<int> WindowDays = [1, 7, 30];
}
