using PageShare.Application.Common.Messaging;
using PageShare.Application.Common.Security;

namespace PageShare.Application.Metrics.Queries.GetGrowthMetrics;

/// <summary><c>GET /metrics/growth</c> (admin): week over week and month (30 days) over month, completed days only.</summary>
public sealed record GetGrowthMetricsQuery : IRequest<GrowthMetricsDto>, IAdminRequest;
