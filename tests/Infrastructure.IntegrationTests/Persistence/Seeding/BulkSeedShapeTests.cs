namespace PageShare.Infrastructure.IntegrationTests.Persistence.Seeding;

/// <summary>The generated data looks like a social network of traders, not uniform noise.</summary>
[Collection(BulkSeededCollection.Name)]
public sealed class BulkSeedShapeTests(BulkSeededDatabaseFixture fixture)
{
    private readonly Sql _sql = new(fixture.ConnectionString);

    [Fact]
    public async Task Seed_SmallLoad_FewAccountsHoldMostFollowers()
    {
        // At 300 users the top accounts saturate (everyone follows them); at 100,000 the top 1% hold over half.
        var topOnePercent = await TopShareAsync(100);
        var topTenPercent = await TopShareAsync(10);
        var medianFollowers = await _sql.ScalarAsync<double>("select percentile_cont(0.5) within group (order by followers_count) from users");
        var maxFollowers = await _sql.ScalarAsync<int>("select max(followers_count) from users");

        topOnePercent.Should().BeGreaterThan(0.05, "five times their share if follows were uniform");
        topTenPercent.Should().BeGreaterThan(0.3);
        maxFollowers.Should().BeGreaterThan((int)(8 * medianFollowers));
    }

    [Fact]
    public async Task Seed_SmallLoad_TopTickerIsMentionedFarMoreThanTheMedianOne()
    {
        var top = await _sql.ScalarAsync<int>("select max(posts_count) from tickers");
        var median = await _sql.ScalarAsync<double>("select percentile_cont(0.5) within group (order by posts_count) from tickers");
        var symbols = await _sql.ScalarAsync<long>("select count(*) from tickers");

        top.Should().BeGreaterThan((int)(20 * Math.Max(median, 1)));
        symbols.Should().BeGreaterThan(200, "mentions spread over a long tail of symbols");
        (await _sql.ScalarAsync<long>("select count(*) from tickers where symbol in ('AAPL', 'TSLA', 'NVDA', 'SPY') and name is not null"))
            .Should().Be(4);
    }

    [Fact]
    public async Task Seed_SmallLoad_HasPollsRepliesRepostsQuotesAndFilters()
    {
        var posts = (double)BulkSeededDatabaseFixture.Options.Posts;

        ((await _sql.ScalarAsync<long>("select count(*) from polls")) / posts).Should().BeInRange(0.07, 0.13);
        (await _sql.ScalarAsync<long>("select count(*) from poll_votes")).Should().BePositive();
        ((await _sql.ScalarAsync<long>("select count(*) from comments")) / posts).Should().BeInRange(0.1, 1.0);
        (await _sql.ScalarAsync<long>("select count(*) from comments where parent_id is not null")).Should().BePositive();
        ((await _sql.ScalarAsync<long>("select count(*) from posts where quoted_post_id is not null")) / posts).Should().BeInRange(0.02, 0.06);
        (await _sql.ScalarAsync<long>("select count(*) from reposts")).Should().BePositive();
        (await _sql.ScalarAsync<long>("select count(*) from bookmarks")).Should().BePositive();
        (await _sql.ScalarAsync<long>("select count(*) from reactions where target_type = 'comment'")).Should().BePositive();
        (await _sql.ScalarAsync<long>("select count(*) from content_filters where kind = 'mute'")).Should().BePositive();
        (await _sql.ScalarAsync<long>("select count(*) from user_sessions")).Should().BeGreaterThan(BulkSeededDatabaseFixture.Options.Users);
        (await _sql.ScalarAsync<long>("select count(*) from users where last_active_at is null")).Should().Be(0);
    }

    [Fact]
    public async Task Seed_SmallLoad_LikesAreHeavyTailed()
    {
        var median = await _sql.ScalarAsync<double>("select percentile_cont(0.5) within group (order by likes_count) from posts");
        var top = await _sql.ScalarAsync<int>("select max(likes_count) from posts");

        top.Should().BeGreaterThan((int)(20 * Math.Max(median, 1)));
    }

    [Fact]
    public async Task Seed_SmallLoad_WeekdaysAndMarketHoursAreBusier()
    {
        var weekdayPerDay = await _sql.ScalarAsync<double>("select count(*)::float8 / 5 from posts where extract(isodow from created_at at time zone 'UTC') <= 5");
        var weekendPerDay = await _sql.ScalarAsync<double>("select count(*)::float8 / 2 from posts where extract(isodow from created_at at time zone 'UTC') > 5");
        var marketHour = await _sql.ScalarAsync<long>("select count(*) from posts where extract(hour from created_at at time zone 'UTC') = 14");
        var nightHour = await _sql.ScalarAsync<long>("select count(*) from posts where extract(hour from created_at at time zone 'UTC') = 4");

        weekdayPerDay.Should().BeGreaterThan(1.3 * weekendPerDay);
        marketHour.Should().BeGreaterThan(5 * nightHour);
    }

    private Task<double> TopShareAsync(int divisor) => _sql.ScalarAsync<double>($"""
        select (select sum(followers_count) from (select followers_count from users order by followers_count desc
                limit greatest(1, (select count(*) from users) / {divisor})) top)::float8 / sum(followers_count) from users
        """);
}
