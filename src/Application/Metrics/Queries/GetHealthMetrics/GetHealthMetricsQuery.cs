using PageShare.Application.Common.Messaging;
using PageShare.Application.Common.Security;

namespace PageShare.Application.Metrics.Queries.GetHealthMetrics;

/// <summary><c>GET /metrics/health</c> (admin): platform health from this process and its database.</summary>
public sealed record GetHealthMetricsQuery : IRequest<HealthMetricsDto>, IAdminRequest
{
    public const int TopRoutes = 20;
    public const int TopSlowQueries = 10;
}
