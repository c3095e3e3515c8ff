using System.Net;
using System.Text.Json;
using PageShare.Api.IntegrationTests.Infrastructure;

namespace PageShare.Api.IntegrationTests.Follows;

public sealed class FollowListTests(PageShareApiFactory factory) : ApiTestBase(factory)
{
    [Fact]
    public async Task ListFollowers_Paged_NewestFollowFirstWithoutGapsOrDuplicates()
    {
        var target = await SocialTestData.UserAsync(Factory);
        var followers = new List<TestUser>();
        for (var i = 0; i < 5; i++)
        {
            var follower = await SocialTestData.UserAsync(Factory);
            await follower.FollowAsync(target);
            followers.Add(follower);
        }

        var seen = await ReadAllAsync(Anonymous, $"/api/v1/users/{target.Id}/followers", 2);

        seen.Should().Equal(followers.Select(f => f.Id).Reverse());
    }

    [Fact]
    public async Task ListFollowers_PagedWhileNewFollowersArrive_ReturnsEveryEarlierFollowerOnce()
    {
        var target = await SocialTestData.UserAsync(Factory);
        var followers = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            var follower = await SocialTestData.UserAsync(Factory);
            await follower.FollowAsync(target);
            followers.Add(follower.Id);
        }

        var first = await Anonymous.GetAsync($"/api/v1/users/{target.Id}/followers?limit=2").ReadJsonAsync();
        // A new follower goes to the top, before the cursor: the next pages continue where the first one stopped.
        await (await SocialTestData.UserAsync(Factory)).FollowAsync(target);
        var seen = Ids(first);
        var cursor = first.GetProperty("next_cursor").GetString();
        while (cursor is not null && seen.Count < 20)
        {
            var page = await Anonymous.GetAsync($"/api/v1/users/{target.Id}/followers?limit=2&cursor={cursor}").ReadJsonAsync();
            seen.AddRange(Ids(page));
            cursor = page.GetProperty("next_cursor").GetString();
        }

        seen.Should().Equal(Enumerable.Reverse(followers));
    }

    [Fact]
    public async Task ListFollowing_Paged_NewestFollowFirst()
    {
        var me = await SocialTestData.UserAsync(Factory);
        var followees = new List<TestUser>();
        for (var i = 0; i < 3; i++)
        {
            var followee = await SocialTestData.UserAsync(Factory);
            await me.FollowAsync(followee);
            followees.Add(followee);
        }

        var page = await Anonymous.GetAsync($"/api/v1/users/{me.Id}/following?limit=2").ReadJsonAsync();

        Ids(page).Should().Equal(followees[2].Id, followees[1].Id);
        var item = page.GetProperty("items")[0];
        item.GetProperty("username").GetString().Should().NotBeNullOrEmpty();
        item.TryGetProperty("display_name", out _).Should().BeTrue();
        var rest = await Anonymous.GetAsync($"/api/v1/users/{me.Id}/following?limit=2&cursor={page.GetProperty("next_cursor").GetString()}").ReadJsonAsync();
        Ids(rest).Should().Equal(followees[0].Id);
        rest.GetProperty("next_cursor").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public async Task ListFollowers_Unfollowed_DropsOut()
    {
        var target = await SocialTestData.UserAsync(Factory);
        var follower = await SocialTestData.UserAsync(Factory);
        await follower.FollowAsync(target);
        (await follower.Client.DeleteAsync($"/api/v1/users/{target.Id}/follow")).StatusCode.Should().Be(HttpStatusCode.NoContent);

        var page = await Anonymous.GetAsync($"/api/v1/users/{target.Id}/followers").ReadJsonAsync();

        Ids(page).Should().BeEmpty();
    }

    [Fact]
    public async Task ListFollowers_ViewerInBlocks_LeavesOutBlockedAndBlockingUsers()
    {
        var target = await SocialTestData.UserAsync(Factory);
        var viewer = await SocialTestData.UserAsync(Factory);
        var plain = await SocialTestData.UserAsync(Factory);
        var blockedByViewer = await SocialTestData.UserAsync(Factory);
        var blockingViewer = await SocialTestData.UserAsync(Factory);
        foreach (var follower in new[] { plain, blockedByViewer, blockingViewer })
        {
            await follower.FollowAsync(target);
            await target.FollowAsync(follower);
        }

        await SocialTestData.FilterAsync(Factory, viewer.Id, blockedByViewer.Id);
        await SocialTestData.FilterAsync(Factory, blockingViewer.Id, viewer.Id);

        Ids(await viewer.Client.GetAsync($"/api/v1/users/{target.Id}/followers").ReadJsonAsync()).Should().Equal(plain.Id);
        Ids(await viewer.Client.GetAsync($"/api/v1/users/{target.Id}/following").ReadJsonAsync()).Should().Equal(plain.Id);
        Ids(await Anonymous.GetAsync($"/api/v1/users/{target.Id}/followers").ReadJsonAsync()).Should().HaveCount(3);
    }

    [Fact]
    public async Task ListFollowers_OwnerBlockedViewer_Returns404ToThatViewerOnly()
    {
        var owner = await SocialTestData.UserAsync(Factory);
        var viewer = await SocialTestData.UserAsync(Factory);
        await SocialTestData.FilterAsync(Factory, owner.Id, viewer.Id);

        await (await viewer.Client.GetAsync($"/api/v1/users/{owner.Id}/followers")).ShouldBeErrorAsync(HttpStatusCode.NotFound, "NOT_FOUND");
        await (await viewer.Client.GetAsync($"/api/v1/users/{owner.Id}/following")).ShouldBeErrorAsync(HttpStatusCode.NotFound, "NOT_FOUND");
        (await Anonymous.GetAsync($"/api/v1/users/{owner.Id}/followers")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("followers")]
    [InlineData("following")]
    public async Task ListFollowers_UnknownUser_Returns404(string list)
    {
        var response = await Anonymous.GetAsync($"/api/v1/users/{Guid.NewGuid()}/{list}");

        await response.ShouldBeErrorAsync(HttpStatusCode.NotFound, "NOT_FOUND");
    }

    [Theory]
    [InlineData("followers", "limit=0")]
    [InlineData("followers", "limit=101")]
    [InlineData("followers", "cursor=not-a-cursor")]
    [InlineData("following", "limit=0")]
    [InlineData("following", "cursor=not-a-cursor")]
    public async Task ListFollowers_BadPaging_Returns422(string list, string query)
    {
        var user = await SocialTestData.UserAsync(Factory);

        var response = await Anonymous.GetAsync($"/api/v1/users/{user.Id}/{list}?{query}");

        await response.ShouldBeErrorAsync(HttpStatusCode.UnprocessableEntity, "VALIDATION_ERROR");
    }

    private static List<Guid> Ids(JsonElement page) => page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToList();

    private static async Task<List<Guid>> ReadAllAsync(HttpClient client, string url, int limit)
    {
        var all = new List<Guid>();
        string? cursor = null;
        do
        {
            var page = await client.GetAsync($"{url}?limit={limit}" + (cursor is null ? "" : $"&cursor={cursor}")).ReadJsonAsync();
            Ids(page).Count.Should().BeLessThanOrEqualTo(limit);
            all.AddRange(Ids(page));
            cursor = page.GetProperty("next_cursor").GetString();
        }
        while (cursor is not null);

        return all;
    }
}
