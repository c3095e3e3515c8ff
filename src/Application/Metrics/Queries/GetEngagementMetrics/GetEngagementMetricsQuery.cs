using PageShare.Application.Common.Messaging;
using PageShare.Application.Common.Security;

namespace PageShare.Application.Metrics.Queries.GetEngagementMetrics;

/// <summary><c>GET /metrics/engagement</c> (admin): the 30 days ending today.</summary>
public sealed record GetEngagementMetricsQuery : IRequest<EngagementMetricsDto>, IAdminRequest
{
    public const int WindowDays = 30;
}
