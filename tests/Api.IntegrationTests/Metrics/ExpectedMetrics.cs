namespace PageShare.Api.IntegrationTests.Metrics;

/// <summary>
/// The answers for a <see cref="MetricsDataSet"/>, computed from its in-memory facts with plain LINQ (not from the
/// database), following the definitions of docs/metrics.md.
/// </summary>
internal sealed class ExpectedMetrics(MetricsDataSet data)
{
    private readonly Dictionary<Guid, HashSet<DateOnly>> _activeDays = data.Sessions
        .GroupBy(s => s.UserId)
        .ToDictionary(g => g.Key, g => g.SelectMany(s => DaysOf(s.StartedAt, s.LastSeenAt)).ToHashSet());

    public static DateOnly Day(DateTimeOffset at) => DateOnly.FromDateTime(at.UtcDateTime);

    public int ActiveUsers(DateOnly from, DateOnly to) =>
        _activeDays.Count(kv => kv.Value.Any(d => d >= from && d <= to));

    public int Dau(DateOnly day) => ActiveUsers(day, day);

    public int Wau(DateOnly day) => ActiveUsers(day.AddDays(-6), day);

    public int Mau(DateOnly day) => ActiveUsers(day.AddDays(-29), day);

    public int Signups(DateOnly from, DateOnly to) => data.Users.Count(u => In(u.CreatedAt, from, to));

    public int UsersTotal(DateOnly day) => data.Users.Count(u => Day(u.CreatedAt) <= day);

    public int Posts(DateOnly from, DateOnly to) => data.Posts.Count(p => !p.Deleted && In(p.CreatedAt, from, to));

    public int Comments(DateOnly from, DateOnly to) => data.Comments.Count(c => !c.Deleted && In(c.At, from, to));

    public int Reactions(DateOnly from, DateOnly to) => data.Reactions.Count(r => In(r.At, from, to));

    public int Reposts(DateOnly from, DateOnly to) => data.Reposts.Count(r => In(r.At, from, to));

    public int Follows(DateOnly from, DateOnly to) => data.Follows.Count(x => In(x.At, from, to));

    /// <summary>Classic day-N retention: signed up in the cohort range, active exactly N days after the signup day.</summary>
    public (int CohortSize, int Retained) Retention(int n, DateOnly cohortFrom, DateOnly cohortTo)
    {
        var cohort = data.Users.Where(u => In(u.CreatedAt, cohortFrom, cohortTo)).ToList();
        var retained = cohort.Count(u => _activeDays.TryGetValue(u.Id, out var days) && days.Contains(Day(u.CreatedAt).AddDays(n)));
        return (cohort.Count, retained);
    }

    public (int PreviousActive, int Churned) Churn(DateOnly asOf, int window)
    {
        bool ActiveIn(HashSet<DateOnly> days, DateOnly from, DateOnly to) => days.Any(d => d >= from && d <= to);
        var previous = _activeDays.Where(kv => ActiveIn(kv.Value, asOf.AddDays(-2 * window + 1), asOf.AddDays(-window))).ToList();
        return (previous.Count, previous.Count(kv => !ActiveIn(kv.Value, asOf.AddDays(-window + 1), asOf)));
    }

    public int ConnectedSignups(DateOnly from, DateOnly to)
    {
        var created = data.Users.ToDictionary(u => u.Id, u => u.CreatedAt);
        return data.Users.Count(u => In(u.CreatedAt, from, to) && data.Follows.Any(x =>
            x.FollowerId == u.Id && created[x.FolloweeId] < u.CreatedAt && x.At < u.CreatedAt.AddDays(7)));
    }

    public int DistinctActors(DateOnly from, DateOnly to) =>
        data.Posts.Where(p => !p.Deleted && In(p.CreatedAt, from, to)).Select(p => p.AuthorId)
            .Concat(data.Comments.Where(c => !c.Deleted && In(c.At, from, to)).Select(c => c.UserId))
            .Concat(data.Reactions.Where(r => In(r.At, from, to)).Select(r => r.UserId))
            .Concat(data.Reposts.Where(r => In(r.At, from, to)).Select(r => r.UserId))
            .Concat(data.Follows.Where(x => In(x.At, from, to)).Select(x => x.FollowerId))
            .Distinct().Count();

    /// <summary>Per symbol: (live posts naming it, their distinct authors) for posts created in [from, to].</summary>
    public Dictionary<string, (int Posts, int Authors)> Tickers(DateOnly from, DateOnly to) =>
        data.Posts.Where(p => !p.Deleted && In(p.CreatedAt, from, to))
            .SelectMany(p => p.Symbols.Select(s => (Symbol: s, p.AuthorId)))
            .GroupBy(x => x.Symbol)
            .ToDictionary(g => g.Key, g => (g.Count(), g.Select(x => x.AuthorId).Distinct().Count()));

    public static decimal? ChangePct(int current, int previous) =>
        previous == 0 ? null : Math.Round((current - previous) * 100m / previous, 2, MidpointRounding.AwayFromZero);

    private static bool In(DateTimeOffset at, DateOnly from, DateOnly to) => Day(at) >= from && Day(at) <= to;

    private static IEnumerable<DateOnly> DaysOf(DateTimeOffset start, DateTimeOffset end)
    {
        for (var d = Day(start); d <= Day(end); d = d.AddDays(1))
        {
            yield return d;
        }
    }
}
