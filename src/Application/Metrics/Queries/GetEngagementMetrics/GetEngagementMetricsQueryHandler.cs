using PageShare.Application.Common.Messaging;

namespace PageShare.Application.Metrics.Queries.GetEngagementMetrics;

internal sealed class GetEngagementMetricsQueryHandler(IMetricsQueries metrics, TimeProvider clock)
    : IRequestHandler<GetEngagementMetricsQuery, EngagementMetricsDto>
{
    public async Task<EngagementMetricsDto> Handle(GetEngagementMetricsQuery request, CancellationToken cancellationToken)
    {
        var to = MetricsMath.Today(clock);
        var from = to.AddDays(-(GetEngagementMetricsQuery.WindowDays - 1));
        var days = await metrics.GetDailyAsync(from, to, to, cancellationToken);
        var e = await metrics.GetEngagementAsync(from, to, cancellationToken);

        // The window is MAU's window, so the active users are the last day's MAU.
        var active = days[^1].Mau;
        var totals = new ActionCountsDto(
            days.Sum(d => d.Posts), days.Sum(d => d.Comments), days.Sum(d => d.Reactions),
            days.Sum(d => d.Reposts), days.Sum(d => d.Follows), days.Sum(d => d.PollVotes));

        return new EngagementMetricsDto(
            from,
            to,
            active,
            e.EngagedUsers,
            totals,
            new PerActiveUserDto(
                MetricsMath.Ratio(totals.Posts, active), MetricsMath.Ratio(totals.Comments, active),
                MetricsMath.Ratio(totals.Reactions, active), MetricsMath.Ratio(totals.Reposts, active)),
            new PerPostDto(
                e.Posts, MetricsMath.Ratio(e.PostReactions, e.Posts), MetricsMath.Ratio(e.PostComments, e.Posts),
                MetricsMath.Ratio(e.PostReposts, e.Posts)),
            new ActiveUsersByActionDto(e.Posters, e.Commenters, e.Reactors, e.Reposters, e.Followers));
    }
}
