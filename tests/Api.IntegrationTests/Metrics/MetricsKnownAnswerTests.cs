using System.Globalization;
using System.Text.Json;
using PageShare.Api.IntegrationTests.Infrastructure;

namespace PageShare.Api.IntegrationTests.Metrics;

/// <summary>
/// Exact metrics on a generated history (fixed clock, Bogus seed) against answers computed from the generated facts in
/// memory (<see cref="ExpectedMetrics"/>), never by the SQL under test.
/// </summary>
public sealed class MetricsKnownAnswerTests(PageShareApiFactory factory) : ApiTestBase(factory)
{
    private static readonly DateTimeOffset Now = new(2026, 3, 15, 15, 30, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = DateOnly.FromDateTime(Now.UtcDateTime);

    private readonly MetricsDataSet _data = MetricsDataSet.Generate(seed: 20260315, Now);

    private ExpectedMetrics Expected => new(_data);

    [Fact]
    public async Task Users_GeneratedHistory_MatchesKnownAnswers()
    {
        await using var host = await FixedClockMetrics.StartAsync(Factory, _data);
        var body = await host.Admin.GetAsync("/api/v1/metrics/users").ReadJsonAsync();

        var e = Expected;
        body.GetProperty("as_of").GetString().Should().Be("2026-03-15");
        body.GetProperty("dau").GetInt32().Should().Be(e.Dau(Today)).And.BeGreaterThan(1);
        body.GetProperty("wau").GetInt32().Should().Be(e.Wau(Today));
        body.GetProperty("mau").GetInt32().Should().Be(e.Mau(Today)).And.BeGreaterThan(e.Dau(Today));
        var signups = body.GetProperty("signups");
        signups.GetProperty("day").GetInt32().Should().Be(e.Signups(Today, Today));
        signups.GetProperty("week").GetInt32().Should().Be(e.Signups(Today.AddDays(-6), Today));
        signups.GetProperty("month").GetInt32().Should().Be(e.Signups(Today.AddDays(-29), Today)).And.BeGreaterThan(0);

        var retention = body.GetProperty("retention").EnumerateArray().ToList();
        retention.Select(r => r.GetProperty("day").GetInt32()).Should().Equal(1, 7, 30);
        foreach (var r in retention)
        {
            var n = r.GetProperty("day").GetInt32();
            var cohortTo = Today.AddDays(-n - 1);
            var cohortFrom = cohortTo.AddDays(-29);
            var (size, retained) = e.Retention(n, cohortFrom, cohortTo);
            size.Should().BeGreaterThan(0);
            retained.Should().BeGreaterThan(0, $"the data set should exercise D{n}");
            Day(r, "cohort_from").Should().Be(cohortFrom);
            Day(r, "cohort_to").Should().Be(cohortTo);
            r.GetProperty("cohort_size").GetInt32().Should().Be(size);
            r.GetProperty("retained").GetInt32().Should().Be(retained);
            r.GetProperty("rate_pct").GetDecimal().Should().Be(Pct(retained, size));
        }

        var churn = body.GetProperty("churn");
        var (previous, churned) = e.Churn(Today, 30);
        churn.GetProperty("previous_active").GetInt32().Should().Be(previous).And.BeGreaterThan(0);
        churn.GetProperty("churned").GetInt32().Should().Be(churned);

        var countries = body.GetProperty("countries").EnumerateArray()
            .ToDictionary(c => c.GetProperty("country_code").GetString() ?? "??", c => c.GetProperty("users").GetInt32());
        countries.Should().BeEquivalentTo(_data.Users.GroupBy(u => u.CountryCode ?? "??").ToDictionary(g => g.Key, g => g.Count()));
    }

    [Fact]
    public async Task ExportJson_GeneratedHistory_EveryDayMatchesKnownAnswers()
    {
        await using var host = await FixedClockMetrics.StartAsync(Factory, _data);
        var from = Today.AddDays(-45);
        var body = await host.Admin.GetAsync($"/api/v1/metrics/export?format=json&from={from:yyyy-MM-dd}&to={Today:yyyy-MM-dd}").ReadJsonAsync();

        var days = body.GetProperty("days").EnumerateArray().ToList();
        days.Should().HaveCount(46);
        var e = Expected;
        foreach (var row in days)
        {
            var day = Day(row, "day");
            var actual = new[] { "dau", "wau", "mau", "signups", "users_total", "posts", "comments", "reactions", "reposts", "follows" }
                .Select(name => row.GetProperty(name).GetInt32());
            actual.Should().Equal(
                [e.Dau(day), e.Wau(day), e.Mau(day), e.Signups(day, day), e.UsersTotal(day), e.Posts(day, day), e.Comments(day, day),
                    e.Reactions(day, day), e.Reposts(day, day), e.Follows(day, day)],
                $"every figure of {day} should match");
        }

        days.Sum(d => d.GetProperty("dau").GetInt32()).Should().BeGreaterThan(0);
        days.Sum(d => d.GetProperty("posts").GetInt32()).Should().BeGreaterThan(0);
    }

    [Fact]
    public async Task Growth_GeneratedHistory_MatchesKnownAnswers()
    {
        await using var host = await FixedClockMetrics.StartAsync(Factory, _data);
        var body = await host.Admin.GetAsync("/api/v1/metrics/growth").ReadJsonAsync();

        var e = Expected;
        var asOf = Today.AddDays(-1);
        Day(body, "as_of").Should().Be(asOf);
        foreach (var (name, length, active) in new (string, int, Func<DateOnly, int>)[] { ("week", 7, e.Wau), ("month", 30, e.Mau) })
        {
            var period = body.GetProperty(name);
            var from = asOf.AddDays(-(length - 1));
            var prevTo = from.AddDays(-1);
            var prevFrom = prevTo.AddDays(-(length - 1));
            Day(period, "from").Should().Be(from);
            Day(period, "previous_to").Should().Be(prevTo);
            ShouldBe(period, "users", e.UsersTotal(asOf), e.UsersTotal(prevTo));
            ShouldBe(period, "active_users", active(asOf), active(prevTo));
            ShouldBe(period, "signups", e.Signups(from, asOf), e.Signups(prevFrom, prevTo));
            ShouldBe(period, "content", e.Posts(from, asOf), e.Posts(prevFrom, prevTo));
            ShouldBe(period, "engagement",
                e.Comments(from, asOf) + e.Reactions(from, asOf) + e.Reposts(from, asOf),
                e.Comments(prevFrom, prevTo) + e.Reactions(prevFrom, prevTo) + e.Reposts(prevFrom, prevTo));
            ShouldBe(period, "follows", e.Follows(from, asOf), e.Follows(prevFrom, prevTo));
        }

        var viral = body.GetProperty("viral_coefficient");
        var viralFrom = asOf.AddDays(-29);
        var connected = e.ConnectedSignups(viralFrom, asOf);
        var previousActive = e.ActiveUsers(viralFrom.AddDays(-30), viralFrom.AddDays(-1));
        connected.Should().BeGreaterThan(0);
        viral.GetProperty("connected_signups").GetInt32().Should().Be(connected);
        viral.GetProperty("previous_active_users").GetInt32().Should().Be(previousActive);
        viral.GetProperty("value").GetDecimal().Should().Be(Math.Round((decimal)connected / previousActive, 4, MidpointRounding.AwayFromZero));
    }

    [Fact]
    public async Task EngagementAndTrending_GeneratedHistory_MatchKnownAnswers()
    {
        await using var host = await FixedClockMetrics.StartAsync(Factory, _data);
        var e = Expected;
        var from = Today.AddDays(-29);

        var engagement = await host.Admin.GetAsync("/api/v1/metrics/engagement").ReadJsonAsync();
        engagement.GetProperty("active_users").GetInt32().Should().Be(e.Mau(Today));
        engagement.GetProperty("engaged_users").GetInt32().Should().Be(e.DistinctActors(from, Today)).And.BeGreaterThan(0);
        var totals = engagement.GetProperty("totals");
        totals.GetProperty("posts").GetInt32().Should().Be(e.Posts(from, Today));
        totals.GetProperty("reactions").GetInt32().Should().Be(e.Reactions(from, Today));
        engagement.GetProperty("per_active_user").GetProperty("posts").GetDecimal()
            .Should().Be(Math.Round((decimal)e.Posts(from, Today) / e.Mau(Today), 4, MidpointRounding.AwayFromZero));

        var trending = await host.Admin.GetAsync("/api/v1/metrics/trending").ReadJsonAsync();
        foreach (var window in trending.GetProperty("tickers").EnumerateArray())
        {
            var length = window.GetProperty("window_days").GetInt32();
            var expected = e.Tickers(Today.AddDays(-length), Today.AddDays(-1));
            window.GetProperty("items").EnumerateArray()
                .ToDictionary(t => t.GetProperty("symbol").GetString()!, t => (t.GetProperty("posts").GetInt32(), t.GetProperty("authors").GetInt32()))
                .Should().BeEquivalentTo(expected, $"the {length}-day window");
        }

        trending.GetProperty("top_posts").GetArrayLength().Should().BeGreaterThan(0);
    }

    private static void ShouldBe(JsonElement period, string figure, int current, int previous)
    {
        var f = period.GetProperty(figure);
        f.GetProperty("current").GetInt32().Should().Be(current, figure);
        f.GetProperty("previous").GetInt32().Should().Be(previous, figure);
        var change = f.GetProperty("change_pct");
        var expected = ExpectedMetrics.ChangePct(current, previous);
        (change.ValueKind == JsonValueKind.Null ? (decimal?)null : change.GetDecimal()).Should().Be(expected, figure);
    }

    private static decimal Pct(int part, int whole) => Math.Round(part * 100m / whole, 2, MidpointRounding.AwayFromZero);

    private static DateOnly Day(JsonElement element, string name) =>
        DateOnly.ParseExact(element.GetProperty(name).GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
