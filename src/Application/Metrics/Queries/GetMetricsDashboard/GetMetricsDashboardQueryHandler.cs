using PageShare.Application.Common.Messaging;
using PageShare.Application.Metrics.Queries.GetEngagementMetrics;
using PageShare.Application.Metrics.Queries.GetGrowthMetrics;
using PageShare.Application.Metrics.Queries.GetHealthMetrics;
using PageShare.Application.Metrics.Queries.GetTrendingMetrics;
using PageShare.Application.Metrics.Queries.GetUserMetrics;

namespace PageShare.Application.Metrics.Queries.GetMetricsDashboard;

/// <summary>Sends each group's own query, so the dashboard and the group endpoints cannot disagree.</summary>
internal sealed class GetMetricsDashboardQueryHandler(ISender sender)
    : IRequestHandler<GetMetricsDashboardQuery, MetricsDashboardDto>
{
    public async Task<MetricsDashboardDto> Handle(GetMetricsDashboardQuery request, CancellationToken cancellationToken)
    {
        // One after another: they share the request's DbContext.
        var users = await sender.Send(new GetUserMetricsQuery(), cancellationToken);
        var engagement = await sender.Send(new GetEngagementMetricsQuery(), cancellationToken);
        var growth = await sender.Send(new GetGrowthMetricsQuery(), cancellationToken);
        var trending = await sender.Send(new GetTrendingMetricsQuery(), cancellationToken);

        var health = await sender.Send(new GetHealthMetricsQuery(), cancellationToken);
        return new MetricsDashboardDto(users, engagement, growth, trending, health);
    }
}
