using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using PageShare.Api.IntegrationTests.Infrastructure;
using PageShare.Infrastructure.Metrics;

namespace PageShare.Api.IntegrationTests.Metrics;

/// <summary>
/// The materialized views against the functions they cache, on a generated history ending now (the views cover the
/// database's completed UTC days), and the refresh job's refresh and lock.
/// </summary>
public sealed class MetricsViewTests(PageShareApiFactory factory) : ApiTestBase(factory)
{
    private MetricsViewRefresher Refresher => Factory.Services.GetRequiredService<MetricsViewRefresher>();

    [Fact]
    public async Task Refresh_NewData_ViewPicksItUp()
    {
        await Refresher.RefreshAsync(CancellationToken.None);
        var yesterdayNoon = await ScalarAsync<DateTime>("select metrics_day_start((now() at time zone 'UTC')::date - 1) + interval '12 hours'");
        var userId = Guid.NewGuid();
        await ExecuteAsync($"""
            insert into users (id, username, display_name, created_at) values ('{userId}', 'refresh_user', 'R', '{yesterdayNoon:O}');
            insert into user_sessions (user_id, started_at, last_seen_at) values ('{userId}', '{yesterdayNoon:O}', '{yesterdayNoon.AddMinutes(5):O}');
            insert into posts (author_id, content, created_at) values ('{userId}', 'hello', '{yesterdayNoon:O}');
            """);
        const string yesterday = "select array[dau, signups, posts] from daily_metrics where day = (now() at time zone 'UTC')::date - 1";

        (await ScalarAsync<int[]>(yesterday)).Should().Equal(0, 0, 0);
        (await Refresher.RefreshAsync(CancellationToken.None)).Should().BeTrue();

        (await ScalarAsync<int[]>(yesterday)).Should().Equal(1, 1, 1);
        (await ScalarAsync<int>("select posters from engagement_metrics where day = (now() at time zone 'UTC')::date - 1")).Should().Be(1);
    }

    [Fact]
    public async Task Views_GeneratedHistory_EqualTheLiveFunctions()
    {
        var data = MetricsDataSet.Generate(seed: 4242, new DateTimeOffset(DateTime.UtcNow.Date.AddHours(-1), TimeSpan.Zero));
        await data.InsertAsync(Factory.ConnectionString);
        await Refresher.RefreshAsync(CancellationToken.None);

        const string today = "(now() at time zone 'UTC')::date";
        (await ScalarAsync<long>("select sum(dau) + sum(posts) from daily_metrics")).Should().BeGreaterThan(0);
        (await DifferingRowsAsync("select * from daily_metrics", $"select * from metrics_daily({today} - 400, {today} - 1)"))
            .Should().Be(0);
        (await DifferingRowsAsync("select * from engagement_metrics", $"""
            select d::date, e.* from generate_series({today} - 400, {today} - 1, interval '1 day') d
            cross join lateral metrics_engagement(d::date, d::date) e
            """)).Should().Be(0);
        (await DifferingRowsAsync("select window_days, symbol, posts, authors from trending_tickers", $"""
            select w.d, t.* from (values (1), (7), (30)) w(d) cross join lateral metrics_trending_tickers({today} - w.d, {today} - 1) t
            """)).Should().Be(0);
        (await ScalarAsync<long>("select count(*) from engagement_metrics where engaged_users > 0")).Should().BeGreaterThan(0);
        (await ScalarAsync<long>("select count(*) from trending_tickers where window_days = 30")).Should().BeGreaterThan(0);
    }

    [Fact]
    public async Task Export_StaleView_ComputesMissingDaysLive()
    {
        // The view is refreshed on empty tables, then data arrives for today: the view has no row for today, so today
        // comes from metrics_daily and still counts the new post.
        await Refresher.RefreshAsync(CancellationToken.None);
        var userId = Guid.NewGuid();
        await ExecuteAsync($"""
            insert into users (id, username, display_name) values ('{userId}', 'stale_view', 'S');
            insert into posts (author_id, content) values ('{userId}', 'today');
            """);

        var body = await Factory.CreateUserClient(Guid.NewGuid(), "ops@example.com", appRole: "admin")
            .GetAsync("/api/v1/metrics/export?format=json").ReadJsonAsync();

        var last = body.GetProperty("days").EnumerateArray().Last();
        last.GetProperty("posts").GetInt32().Should().Be(1);
        last.GetProperty("signups").GetInt32().Should().BeGreaterThanOrEqualTo(1);
    }

    [Fact]
    public async Task Refresh_AnotherInstanceHoldsTheLock_SkipsWithoutWaiting()
    {
        await using var other = new NpgsqlConnection(Factory.ConnectionString);
        await other.OpenAsync();
        await using (var take = new NpgsqlCommand("select pg_advisory_lock(@key)", other))
        {
            take.Parameters.AddWithValue("key", MetricsViewRefresher.AdvisoryLockKey);
            await take.ExecuteNonQueryAsync();
        }

        (await Refresher.RefreshAsync(CancellationToken.None)).Should().BeFalse();

        await using (var release = new NpgsqlCommand("select pg_advisory_unlock(@key)", other))
        {
            release.Parameters.AddWithValue("key", MetricsViewRefresher.AdvisoryLockKey);
            await release.ExecuteNonQueryAsync();
        }

        (await Refresher.RefreshAsync(CancellationToken.None)).Should().BeTrue();
    }

    /// <summary>Rows in one result but not the other, duplicates counted (both directions of EXCEPT ALL).</summary>
    private Task<long> DifferingRowsAsync(string viewSql, string liveSql) => ScalarAsync<long>($"""
        select count(*) from (
            (({viewSql}) except all ({liveSql}))
            union all
            (({liveSql}) except all ({viewSql}))) x
        """);

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(Factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(Factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
