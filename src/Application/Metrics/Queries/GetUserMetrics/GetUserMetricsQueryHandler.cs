using PageShare.Application.Common.Messaging;

namespace PageShare.Application.Metrics.Queries.GetUserMetrics;

internal sealed class GetUserMetricsQueryHandler(IMetricsQueries metrics, TimeProvider clock)
    : IRequestHandler<GetUserMetricsQuery, UserMetricsDto>
{
    private const int ChurnWindowDays = 30;
    private const int CohortDays = 30;
    private static readonly int[] RetentionDays = [1, 7, 30];

    public async Task<UserMetricsDto> Handle(GetUserMetricsQuery request, CancellationToken cancellationToken)
    {
        var today = MetricsMath.Today(clock);
        var days = await metrics.GetDailyAsync(today.AddDays(-29), today, today, cancellationToken);
        var latest = days[^1];

        var retention = new List<RetentionDto>(RetentionDays.Length);
        foreach (var n in RetentionDays)
        {
            // The latest cohort whose day N is complete signed up N + 1 days ago.
            var cohortTo = today.AddDays(-n - 1);
            var cohortFrom = cohortTo.AddDays(-(CohortDays - 1));
            var r = await metrics.GetRetentionAsync(n, cohortFrom, cohortTo, cancellationToken);
            retention.Add(new RetentionDto(n, cohortFrom, cohortTo, r.CohortSize, r.Retained, MetricsMath.Percent(r.Retained, r.CohortSize)));
        }

        var churn = await metrics.GetChurnAsync(today, ChurnWindowDays, cancellationToken);
        var countries = await metrics.GetCountriesAsync(today, cancellationToken);

        return new UserMetricsDto(
            today,
            latest.Dau,
            latest.Wau,
            latest.Mau,
            new SignupCountsDto(latest.Signups, days.TakeLast(7).Sum(d => d.Signups), days.Sum(d => d.Signups)),
            retention,
            new ChurnDto(ChurnWindowDays, churn.PreviousActive, churn.Churned, MetricsMath.Percent(churn.Churned, churn.PreviousActive)),
            countries);
    }
}
