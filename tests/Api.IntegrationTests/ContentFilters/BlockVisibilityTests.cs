using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PageShare.Api.IntegrationTests.Infrastructure;

namespace PageShare.Api.IntegrationTests.ContentFilters;

/// <summary>The block matrix: every read that returns users, posts or comments, from both sides of a block.</summary>
public sealed class BlockVisibilityTests(PageShareApiFactory factory) : ApiTestBase(factory)
{
    [Theory]
    [InlineData("alice", "alice", "bob")]
    [InlineData("alice", "bob", "alice")]
    [InlineData("bob", "bob", "alice")]
    [InlineData("bob", "alice", "bob")]
    public async Task Block_EveryReadEndpoint_HidesEachFromTheOther(string blocker, string viewerName, string hiddenName)
    {
        var s = await BlockScenario.CreateAsync(Factory);
        var blocked = blocker == "alice" ? "bob" : "alice";
        (await s.Client(blocker).PostAsync($"/api/v1/users/{s.UserIds[blocked]}/block", null)).StatusCode.Should().Be(HttpStatusCode.OK);
        var viewer = s.Client(viewerName);
        var hiddenId = s.UserIds[hiddenName];

        var all = await viewer.GetAsync("/api/v1/posts?limit=50").ReadJsonAsync();
        Authors(all).Should().NotContain(hiddenId).And.Contain(s.UserIds["carol"]).And.Contain(s.UserIds[viewerName]);
        QuotedOf(all, s.QuoteIds[hiddenName]).ValueKind.Should().Be(JsonValueKind.Null, "a quoted post of a blocked user is left out");
        QuotedOf(all, s.QuoteIds[viewerName]).ValueKind.Should().Be(JsonValueKind.Object);

        Items(await viewer.GetAsync($"/api/v1/posts?author_id={hiddenId}").ReadJsonAsync()).Should().BeEmpty();
        Items(await viewer.GetAsync($"/api/v1/users/{hiddenId}/posts").ReadJsonAsync()).Should().BeEmpty();
        Authors(await viewer.GetAsync("/api/v1/tickers/BLOK/posts?limit=50").ReadJsonAsync())
            .Should().NotContain(hiddenId).And.Contain(s.UserIds["carol"]);

        await (await viewer.GetAsync($"/api/v1/posts/{s.PostIds[hiddenName]}")).ShouldBeErrorAsync(HttpStatusCode.NotFound, "NOT_FOUND");
        var quote = await viewer.GetAsync($"/api/v1/posts/{s.QuoteIds[hiddenName]}").ReadJsonAsync();
        quote.GetProperty("quoted_post").ValueKind.Should().Be(JsonValueKind.Null);

        Authors(await viewer.GetAsync($"/api/v1/posts/{s.PostIds["carol"]}/comments").ReadJsonAsync())
            .Should().Equal(s.UserIds[viewerName]);
        Authors(await viewer.GetAsync($"/api/v1/posts/{s.PostIds[viewerName]}/comments").ReadJsonAsync()).Should().BeEmpty();
        await (await viewer.GetAsync($"/api/v1/posts/{s.PostIds[hiddenName]}/comments")).ShouldBeErrorAsync(HttpStatusCode.NotFound, "NOT_FOUND");

        // API.md: a user who blocked the viewer is NOT_FOUND to them; the blocker still sees whom they blocked, to unblock.
        var username = await s.UsernameAsync(hiddenName);
        var byId = await viewer.GetAsync($"/api/v1/users/{hiddenId}");
        var byName = await viewer.GetAsync($"/api/v1/users/by-username/{username.ToUpperInvariant()}");
        if (hiddenName == blocker)
        {
            await byId.ShouldBeErrorAsync(HttpStatusCode.NotFound, "NOT_FOUND");
            await byName.ShouldBeErrorAsync(HttpStatusCode.NotFound, "NOT_FOUND");
        }
        else
        {
            byId.StatusCode.Should().Be(HttpStatusCode.OK);
            byName.StatusCode.Should().Be(HttpStatusCode.OK);
        }
    }

    [Fact]
    public async Task Block_ThirdUser_StillSeesBoth()
    {
        var s = await BlockScenario.CreateAsync(Factory);
        await s.Alice.PostAsync($"/api/v1/users/{s.UserIds["bob"]}/block", null);

        Authors(await s.Carol.GetAsync("/api/v1/posts?limit=50").ReadJsonAsync()).Should().Contain([s.UserIds["alice"], s.UserIds["bob"]]);
        Authors(await s.Carol.GetAsync($"/api/v1/posts/{s.PostIds["carol"]}/comments").ReadJsonAsync())
            .Should().BeEquivalentTo([s.UserIds["alice"], s.UserIds["bob"]]);
        (await s.Carol.GetAsync($"/api/v1/posts/{s.QuoteIds["bob"]}").ReadJsonAsync()).GetProperty("quoted_post").ValueKind
            .Should().Be(JsonValueKind.Object);
        Authors(await Anonymous.GetAsync("/api/v1/tickers/BLOK/posts").ReadJsonAsync()).Should().HaveCount(3);
    }

    [Fact]
    public async Task Unblock_AfterBlock_ShowsContentAgain()
    {
        var s = await BlockScenario.CreateAsync(Factory);
        await s.Alice.PostAsync($"/api/v1/users/{s.UserIds["bob"]}/block", null);

        (await s.Alice.DeleteAsync($"/api/v1/users/{s.UserIds["bob"]}/block")).StatusCode.Should().Be(HttpStatusCode.NoContent);

        (await s.Bob.GetAsync($"/api/v1/users/{s.UserIds["alice"]}")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await s.Bob.GetAsync($"/api/v1/posts/{s.PostIds["alice"]}")).StatusCode.Should().Be(HttpStatusCode.OK);
        Authors(await s.Alice.GetAsync("/api/v1/posts?limit=50").ReadJsonAsync()).Should().Contain(s.UserIds["bob"]);
    }

    [Theory]
    [InlineData("alice")]
    [InlineData("bob")]
    public async Task Block_InteractingWithTheOthersContent_Returns403(string actorName)
    {
        var s = await BlockScenario.CreateAsync(Factory);
        await s.Alice.PostAsync($"/api/v1/users/{s.UserIds["bob"]}/block", null);
        var actor = s.Client(actorName);
        var other = actorName == "alice" ? "bob" : "alice";
        var postId = s.PostIds[other];

        await (await actor.PostAsJsonAsync($"/api/v1/posts/{postId}/comments", new { content = "hi" }))
            .ShouldBeErrorAsync(HttpStatusCode.Forbidden, "PERMISSION_DENIED");
        await (await actor.PostAsJsonAsync($"/api/v1/posts/{s.PostIds["carol"]}/comments",
                new { content = "reply", parent_id = s.CommentIdsOnCarol[other] }))
            .ShouldBeErrorAsync(HttpStatusCode.Forbidden, "PERMISSION_DENIED");
        await (await actor.PostAsync($"/api/v1/posts/{postId}/reactions", null)).ShouldBeErrorAsync(HttpStatusCode.Forbidden, "PERMISSION_DENIED");
        await (await actor.PostAsync($"/api/v1/comments/{s.CommentIdsOnCarol[other]}/reactions", null))
            .ShouldBeErrorAsync(HttpStatusCode.Forbidden, "PERMISSION_DENIED");
        await (await actor.PostAsync($"/api/v1/posts/{postId}/reposts", null)).ShouldBeErrorAsync(HttpStatusCode.Forbidden, "PERMISSION_DENIED");
        await (await actor.PostAsJsonAsync($"/api/v1/posts/{postId}/reposts", new { content = "quote" }))
            .ShouldBeErrorAsync(HttpStatusCode.Forbidden, "PERMISSION_DENIED");
        await (await actor.PostAsJsonAsync("/api/v1/posts", new { content = "quote", quoted_post_id = postId }))
            .ShouldBeErrorAsync(HttpStatusCode.Forbidden, "PERMISSION_DENIED");

        var counts = await (await s.Carol.GetAsync($"/api/v1/posts/{postId}")).ReadJsonAsync();
        counts.GetProperty("stats").GetProperty("likes").GetInt32().Should().Be(0);
        counts.GetProperty("stats").GetProperty("reposts").GetInt32().Should().Be(0);
        counts.GetProperty("stats").GetProperty("quotes").GetInt32().Should().Be(1, "only Carol's quote from before the block counts");
    }

    [Fact]
    public async Task Block_ThirdUsersContent_StaysOpen()
    {
        var s = await BlockScenario.CreateAsync(Factory);
        await s.Alice.PostAsync($"/api/v1/users/{s.UserIds["bob"]}/block", null);

        (await s.Bob.PostAsJsonAsync($"/api/v1/posts/{s.PostIds["carol"]}/comments", new { content = "still fine" }))
            .StatusCode.Should().Be(HttpStatusCode.Created);
        (await s.Bob.PostAsync($"/api/v1/posts/{s.PostIds["carol"]}/reactions", null)).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Mute_Lists_HideMutedUserButNotProfileOrSinglePost()
    {
        var s = await BlockScenario.CreateAsync(Factory);
        var bobId = s.UserIds["bob"];

        (await s.Alice.PostAsync($"/api/v1/users/{bobId}/mute", null)).StatusCode.Should().Be(HttpStatusCode.OK);

        Authors(await s.Alice.GetAsync("/api/v1/posts?limit=50").ReadJsonAsync()).Should().NotContain(bobId).And.Contain(s.UserIds["carol"]);
        Authors(await s.Alice.GetAsync("/api/v1/tickers/BLOK/posts").ReadJsonAsync()).Should().NotContain(bobId);
        Authors(await s.Alice.GetAsync($"/api/v1/posts/{s.PostIds["carol"]}/comments").ReadJsonAsync()).Should().Equal(s.UserIds["alice"]);
        Authors(await s.Alice.GetAsync($"/api/v1/posts/{s.PostIds["alice"]}/comments").ReadJsonAsync()).Should().BeEmpty();

        // Not hidden: the profile, a post opened directly, the profile's posts, and a quote of the muted user's post.
        (await s.Alice.GetAsync($"/api/v1/users/{bobId}")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await s.Alice.GetAsync($"/api/v1/posts/{s.PostIds["bob"]}")).StatusCode.Should().Be(HttpStatusCode.OK);
        Authors(await s.Alice.GetAsync($"/api/v1/users/{bobId}/posts").ReadJsonAsync()).Should().Equal(bobId);
        (await s.Alice.GetAsync($"/api/v1/posts/{s.QuoteIds["bob"]}").ReadJsonAsync()).GetProperty("quoted_post").ValueKind
            .Should().Be(JsonValueKind.Object);
        (await s.Alice.PostAsync($"/api/v1/posts/{s.PostIds["bob"]}/reactions", null)).StatusCode.Should().Be(HttpStatusCode.OK);

        // A mute is one-sided: Bob still sees Alice.
        Authors(await s.Bob.GetAsync("/api/v1/posts?limit=50").ReadJsonAsync()).Should().Contain(s.UserIds["alice"]);
    }

    [Fact]
    public async Task Unmute_AfterMute_ListsShowUserAgain()
    {
        var s = await BlockScenario.CreateAsync(Factory);
        var bobId = s.UserIds["bob"];
        await s.Alice.PostAsync($"/api/v1/users/{bobId}/mute", null);

        (await s.Alice.DeleteAsync($"/api/v1/users/{bobId}/mute")).StatusCode.Should().Be(HttpStatusCode.NoContent);

        Authors(await s.Alice.GetAsync("/api/v1/posts?limit=50").ReadJsonAsync()).Should().Contain(bobId);
    }

    private static JsonElement.ArrayEnumerator Items(JsonElement page) => page.GetProperty("items").EnumerateArray();

    private static List<Guid> Authors(JsonElement page) =>
        Items(page).Select(i => i.GetProperty("author").GetProperty("id").GetGuid()).ToList();

    private static JsonElement QuotedOf(JsonElement page, Guid postId) =>
        Items(page).Single(i => i.GetProperty("id").GetGuid() == postId).GetProperty("quoted_post");
}
