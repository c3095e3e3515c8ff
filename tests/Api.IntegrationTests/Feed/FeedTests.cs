using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using PageShare.Api.IntegrationTests.Follows;
using PageShare.Api.IntegrationTests.Infrastructure;

namespace PageShare.Api.IntegrationTests.Feed;

public sealed class FeedTests(PageShareApiFactory factory) : ApiTestBase(factory)
{
    [Fact]
    public async Task GetFeed_AllScope_LeavesOutMutedBlockedAndBlockingAuthors()
    {
        var me = await SocialTestData.UserAsync(Factory);
        var friend = await SocialTestData.UserAsync(Factory);
        var muted = await SocialTestData.UserAsync(Factory);
        var blocked = await SocialTestData.UserAsync(Factory);
        var blocker = await SocialTestData.UserAsync(Factory);
        var mine = await me.PostAsync("mine");
        var friends = await friend.PostAsync("friend");
        var mutedPost = await muted.PostAsync("muted");
        var blockedPost = await blocked.PostAsync("blocked");
        var blockerPost = await blocker.PostAsync("blocker");
        await SocialTestData.FilterAsync(Factory, me.Id, muted.Id, "mute");
        await SocialTestData.FilterAsync(Factory, me.Id, blocked.Id);
        await SocialTestData.FilterAsync(Factory, blocker.Id, me.Id);

        var feed = await me.Client.GetAsync("/api/v1/feed").ReadJsonAsync();
        var explicitAll = await me.Client.GetAsync("/api/v1/feed?scope=all").ReadJsonAsync();
        var othersFeed = await friend.Client.GetAsync("/api/v1/feed").ReadJsonAsync();

        Ids(feed).Should().Equal(friends, mine);
        Ids(explicitAll).Should().Equal(friends, mine);
        Ids(othersFeed).Should().Equal(blockerPost, blockedPost, mutedPost, friends, mine);
        feed.GetProperty("items")[0].GetProperty("reposted_by").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public async Task GetFeed_FollowingScope_ShowsOwnAndFollowedPostsAndFollowedUsersReposts()
    {
        var me = await SocialTestData.UserAsync(Factory);
        var alice = await SocialTestData.UserAsync(Factory);
        var bob = await SocialTestData.UserAsync(Factory);
        await me.FollowAsync(alice);
        var alicePost = await alice.PostAsync("alice");
        await bob.PostAsync("bob, not followed");
        var bobReposted = await bob.PostAsync("bob, reposted by alice");
        var mine = await me.PostAsync("mine");
        await alice.Client.PostAsync($"/api/v1/posts/{bobReposted}/reposts", null).ReadJsonAsync();

        var feed = await me.Client.GetAsync("/api/v1/feed?scope=following").ReadJsonAsync();

        Ids(feed).Should().Equal(bobReposted, mine, alicePost);
        var items = feed.GetProperty("items");
        items[0].GetProperty("reposted_by").GetProperty("id").GetGuid().Should().Be(alice.Id);
        items[0].GetProperty("reposted_at").GetDateTimeOffset().Should().BeAfter(items[0].GetProperty("created_at").GetDateTimeOffset());
        items[0].GetProperty("author").GetProperty("id").GetGuid().Should().Be(bob.Id);
        items[0].GetProperty("content").GetString().Should().Be("bob, reposted by alice");
        items[1].GetProperty("reposted_by").ValueKind.Should().Be(JsonValueKind.Null);
        items[1].GetProperty("reposted_at").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public async Task GetFeed_FollowingScope_PostWithSeveralActivitiesAppearsOnceAtNewest()
    {
        var me = await SocialTestData.UserAsync(Factory);
        var alice = await SocialTestData.UserAsync(Factory);
        var bob = await SocialTestData.UserAsync(Factory);
        var carol = await SocialTestData.UserAsync(Factory);
        await me.FollowAsync(alice);
        await me.FollowAsync(bob);
        var alicePost = await alice.PostAsync("alice");
        var carolPost = await carol.PostAsync("carol");
        await bob.Client.PostAsync($"/api/v1/posts/{alicePost}/reposts", null).ReadJsonAsync();
        await alice.Client.PostAsync($"/api/v1/posts/{carolPost}/reposts", null).ReadJsonAsync();
        await bob.Client.PostAsync($"/api/v1/posts/{carolPost}/reposts", null).ReadJsonAsync();

        var feed = await me.Client.GetAsync("/api/v1/feed?scope=following").ReadJsonAsync();

        Ids(feed).Should().Equal(carolPost, alicePost);
        var items = feed.GetProperty("items");
        items[0].GetProperty("reposted_by").GetProperty("id").GetGuid().Should().Be(bob.Id);
        items[1].GetProperty("reposted_by").GetProperty("id").GetGuid().Should().Be(bob.Id);
    }

    [Fact]
    public async Task GetFeed_FollowingScope_RepostsAtTheSameTime_ShowsTheCountedReposterWithTheLowestId()
    {
        var me = await SocialTestData.UserAsync(Factory);
        var dave = await SocialTestData.UserAsync(Factory);
        var followees = new List<TestUser>();
        for (var i = 0; i < 3; i++)
        {
            followees.Add(await SocialTestData.UserAsync(Factory));
        }

        // PostgreSQL orders uuids byte-wise, as their text. The lowest is muted: a muted followee's repost does not count.
        followees = followees.OrderBy(u => u.Id.ToString(), StringComparer.Ordinal).ToList();
        var davePost = await dave.PostAsync("dave");
        // Highest id first, so neither the order of the rows nor of the requests picks the expected reposter.
        foreach (var followee in Enumerable.Reverse(followees))
        {
            await me.FollowAsync(followee);
            await followee.Client.PostAsync($"/api/v1/posts/{davePost}/reposts", null).ReadJsonAsync();
        }

        await SocialTestData.FilterAsync(Factory, me.Id, followees[0].Id, "mute");
        var at = await RepostAllAtTheLatestAsync(davePost);

        var feed = await me.Client.GetAsync("/api/v1/feed?scope=following").ReadJsonAsync();

        Ids(feed).Should().Equal(davePost);
        var item = feed.GetProperty("items")[0];
        item.GetProperty("reposted_by").GetProperty("id").GetGuid().Should().Be(followees[1].Id);
        item.GetProperty("reposted_at").GetDateTimeOffset().Should().Be(at);
    }

    [Fact]
    public async Task GetFeed_FollowingScope_LeavesOutRepostsOfMutedUsersAndPostsOfBlockers()
    {
        var me = await SocialTestData.UserAsync(Factory);
        var alice = await SocialTestData.UserAsync(Factory);
        var carol = await SocialTestData.UserAsync(Factory);
        var dave = await SocialTestData.UserAsync(Factory);
        await me.FollowAsync(alice);
        await me.FollowAsync(carol);
        var davePost = await dave.PostAsync("dave");
        var alicePost = await alice.PostAsync("alice");
        await alice.Client.PostAsync($"/api/v1/posts/{davePost}/reposts", null).ReadJsonAsync();
        await carol.Client.PostAsync($"/api/v1/posts/{alicePost}/reposts", null).ReadJsonAsync();
        await SocialTestData.FilterAsync(Factory, dave.Id, me.Id);
        await SocialTestData.FilterAsync(Factory, me.Id, carol.Id, "mute");

        var feed = await me.Client.GetAsync("/api/v1/feed?scope=following").ReadJsonAsync();

        Ids(feed).Should().Equal(alicePost);
        feed.GetProperty("items")[0].GetProperty("reposted_by").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Theory]
    [InlineData("all")]
    [InlineData("following")]
    public async Task GetFeed_PagedWhileNewActivityArrives_ReturnsEveryPostOnceInOrder(string scope)
    {
        var me = await SocialTestData.UserAsync(Factory);
        var alice = await SocialTestData.UserAsync(Factory);
        var bob = await SocialTestData.UserAsync(Factory);
        await me.FollowAsync(alice);
        var expected = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            expected.Add(await alice.PostAsync($"alice {i}"));
            expected.Add(await me.PostAsync($"mine {i}"));
        }

        var bobPost = await bob.PostAsync("bob");
        expected.Add(bobPost);
        await alice.Client.PostAsync($"/api/v1/posts/{bobPost}/reposts", null).ReadJsonAsync();
        expected.Reverse();
        var full = Ids(await me.Client.GetAsync($"/api/v1/feed?scope={scope}&limit=100").ReadJsonAsync());

        var seen = new List<Guid>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = await me.Client.GetAsync($"/api/v1/feed?scope={scope}&limit=2" + (cursor is null ? "" : $"&cursor={cursor}")).ReadJsonAsync();
            seen.AddRange(Ids(page));
            cursor = page.GetProperty("next_cursor").GetString();
            if (pages++ == 0)
            {
                // New posts and reposts land before the first page; the pages after it must neither repeat nor skip.
                await me.PostAsync("newer");
                await alice.Client.PostAsync($"/api/v1/posts/{seen[1]}/reposts", null).ReadJsonAsync();
            }
        }
        while (cursor is not null && pages < 10);

        // Bob's post is the newest post, and (following) alice's repost of it the newest activity: same order either way.
        full.Should().Equal(expected);
        seen.Should().Equal(full);
    }

    [Theory]
    [InlineData("all")]
    [InlineData("following")]
    public async Task GetFeed_AnotherViewerAndCursor_CompilesNoNewQuery(string scope)
    {
        // Compiling a LINQ query costs milliseconds of CPU: a feed query whose expression tree differs per viewer or
        // cursor would be compiled on every request (issue 7's throughput budget). Two warm-up pages, then two more.
        var me = await SocialTestData.UserAsync(Factory);
        var alice = await SocialTestData.UserAsync(Factory);
        await me.FollowAsync(alice);
        await alice.FollowAsync(me);
        for (var i = 0; i < 3; i++)
        {
            await alice.PostAsync($"alice {i}");
            await me.PostAsync($"mine {i}");
        }

        await ReadTwoPagesAsync(me.Client, scope);
        using var counter = new SqlCommandCounter(Factory.ConnectionString);

        await ReadTwoPagesAsync(alice.Client, scope);

        counter.Count.Should().BePositive("the counter must see this host's queries");
        counter.Compilations.Should().Be(0);
    }

    [Theory]
    [InlineData("all", 2)]
    [InlineData("following", 2)]
    public async Task GetFeed_Page_SendsFixedStatementsOnOneConnection(string scope, int statements)
    {
        // The keys (following: with the reposters), then one statement for the posts, their quotes and every detail
        // of both; all on one connection: a connection per statement cost a pool rent and a DISCARD ALL each.
        var me = await SocialTestData.UserAsync(Factory);
        var alice = await SocialTestData.UserAsync(Factory);
        await me.FollowAsync(alice);
        var quoted = await alice.PostAsync("quoted $AAPL");
        await alice.Client.PostAsJsonAsync("/api/v1/posts", new { content = "a quote $MSFT", quoted_post_id = quoted }).ReadJsonAsync(HttpStatusCode.Created);
        await alice.Client.PostAsJsonAsync("/api/v1/posts", new { content = "a poll", poll = new { options = new[] { "yes", "no" }, duration_hours = 24 } })
            .ReadJsonAsync(HttpStatusCode.Created);
        await me.PostAsync("mine");
        using var counter = new SqlCommandCounter(Factory.ConnectionString);

        var page = await me.Client.GetAsync($"/api/v1/feed?scope={scope}").ReadJsonAsync();

        var items = page.GetProperty("items").EnumerateArray().ToList();
        items.Should().Contain(i => i.GetProperty("quoted_post").ValueKind == JsonValueKind.Object);
        items.Should().Contain(i => i.GetProperty("poll").ValueKind == JsonValueKind.Object);
        counter.Statements.Should().Be(statements);
        counter.ConnectionOpens.Should().Be(1);
    }

    [Fact]
    public async Task GetFeed_WithoutToken_Returns401()
    {
        var response = await Anonymous.GetAsync("/api/v1/feed");

        await response.ShouldBeErrorAsync(HttpStatusCode.Unauthorized, "AUTH_REQUIRED");
    }

    [Theory]
    [InlineData("scope=everyone", "scope")]
    [InlineData("scope=ALL", "scope")]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=101", "limit")]
    [InlineData("cursor=nope", "cursor")]
    public async Task GetFeed_BadQuery_Returns422ForTheField(string query, string field)
    {
        var me = await SocialTestData.UserAsync(Factory);

        var response = await me.Client.GetAsync($"/api/v1/feed?{query}");

        var error = await response.ShouldBeErrorAsync(HttpStatusCode.UnprocessableEntity, "VALIDATION_ERROR");
        error.GetProperty("details").GetProperty("fields").TryGetProperty(field, out _).Should().BeTrue(error.ToString());
    }

    private static async Task ReadTwoPagesAsync(HttpClient client, string scope)
    {
        var first = await client.GetAsync($"/api/v1/feed?scope={scope}&limit=2").ReadJsonAsync();
        var cursor = first.GetProperty("next_cursor").GetString();
        cursor.Should().NotBeNull();
        await client.GetAsync($"/api/v1/feed?scope={scope}&limit=2&cursor={cursor}").ReadJsonAsync();
    }

    // Gives every repost of the post the time of the latest one, as if all were made in the same microsecond.
    private async Task<DateTimeOffset> RepostAllAtTheLatestAsync(Guid postId)
    {
        await using var connection = new NpgsqlConnection(Factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "update reposts set created_at = (select max(created_at) from reposts where post_id = @p) where post_id = @p returning created_at",
            connection);
        command.Parameters.AddWithValue("p", postId);
        var times = new List<DateTime>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                times.Add(reader.GetDateTime(0));
            }
        }

        times.Should().HaveCount(3).And.OnlyContain(t => t == times[0]);
        return new DateTimeOffset(times[0], TimeSpan.Zero);
    }

    private static List<Guid> Ids(JsonElement page) => page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToList();
}
