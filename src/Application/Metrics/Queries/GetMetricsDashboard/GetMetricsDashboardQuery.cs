using PageShare.Application.Common.Messaging;
using PageShare.Application.Common.Security;

namespace PageShare.Application.Metrics.Queries.GetMetricsDashboard;

/// <summary><c>GET /metrics/dashboard</c> (admin): every metrics group in one body.</summary>
public sealed record GetMetricsDashboardQuery : IRequest<MetricsDashboardDto>, IAdminRequest;
