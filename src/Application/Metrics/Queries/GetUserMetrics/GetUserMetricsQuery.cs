using PageShare.Application.Common.Messaging;
using PageShare.Application.Common.Security;

namespace PageShare.Application.Metrics.Queries.GetUserMetrics;

/// <summary><c>GET /metrics/users</c> (admin).</summary>
public sealed record GetUserMetricsQuery : IRequest<UserMetricsDto>, IAdminRequest;
