using PageShare.Application.Common.Messaging;

namespace PageShare.Application.Metrics.Queries.GetGrowthMetrics;

internal sealed class GetGrowthMetricsQueryHandler(IMetricsQueries metrics, TimeProvider clock)
    : IRequestHandler<GetGrowthMetricsQuery, GrowthMetricsDto>
{
    private const int Week = 7;
    private const int Month = 30;

    public async Task<GrowthMetricsDto> Handle(GetGrowthMetricsQuery request, CancellationToken cancellationToken)
    {
        var today = MetricsMath.Today(clock);
        var asOf = today.AddDays(-1);
        // Two months of completed days: every period and the one before it.
        var days = await metrics.GetDailyAsync(asOf.AddDays(-(2 * Month - 1)), asOf, today, cancellationToken);

        var viralFrom = asOf.AddDays(-(Month - 1));
        var viral = await metrics.GetViralAsync(viralFrom, asOf, cancellationToken);

        return new GrowthMetricsDto(
            asOf,
            Period(days, Week, d => d.Wau),
            Period(days, Month, d => d.Mau),
            new ViralCoefficientDto(viralFrom, asOf, viral.ConnectedSignups, viral.PreviousActive,
                MetricsMath.Ratio(viral.ConnectedSignups, viral.PreviousActive), ViralCoefficientDto.FormulaText));
    }

    /// <param name="days">Completed days in order, the last being the end of the current period.</param>
    /// <param name="activeUsers">The active-user figure whose window is the period (WAU for a week, MAU for 30 days).</param>
    private static GrowthPeriodDto Period(IReadOnlyList<DailyMetricsDto> days, int length, Func<DailyMetricsDto, int> activeUsers)
    {
        var current = days.Skip(days.Count - length).ToList();
        var previous = days.Skip(days.Count - (2 * length)).Take(length).ToList();

        GrowthFigureDto Sum(Func<DailyMetricsDto, int> figure) => GrowthFigureDto.Of(current.Sum(figure), previous.Sum(figure));

        return new GrowthPeriodDto(
            length,
            current[0].Day,
            current[^1].Day,
            previous[0].Day,
            previous[^1].Day,
            GrowthFigureDto.Of(current[^1].UsersTotal, previous[^1].UsersTotal),
            GrowthFigureDto.Of(activeUsers(current[^1]), activeUsers(previous[^1])),
            Sum(d => d.Signups),
            Sum(d => d.Posts),
            Sum(d => d.Comments + d.Reactions + d.Reposts),
            Sum(d => d.Posts),
            Sum(d => d.Comments),
            Sum(d => d.Reactions),
            Sum(d => d.Reposts),
            Sum(d => d.Follows));
    }
}
