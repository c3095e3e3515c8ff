using System.Net;
using System.Text.Json;
using PageShare.Api.IntegrationTests.Follows;
using PageShare.Api.IntegrationTests.Infrastructure;

namespace PageShare.Api.IntegrationTests.Bookmarks;

public sealed class BookmarkTests(PageShareApiFactory factory) : ApiTestBase(factory)
{
    [Fact]
    public async Task CreateBookmark_Twice_Returns200AndCountsOnce()
    {
        var author = await SocialTestData.UserAsync(Factory);
        var postId = await author.PostAsync("bookmark me");
        var me = await SocialTestData.UserAsync(Factory);

        var first = await me.Client.PostAsync($"/api/v1/posts/{postId}/bookmarks", null).ReadJsonAsync();
        var second = await me.Client.PostAsync($"/api/v1/posts/{postId}/bookmarks", null).ReadJsonAsync();

        first.GetProperty("bookmarked").GetBoolean().Should().BeTrue();
        first.GetProperty("bookmarks").GetInt32().Should().Be(1);
        second.GetProperty("bookmarks").GetInt32().Should().Be(1);
        var post = await me.Client.GetAsync($"/api/v1/posts/{postId}").ReadJsonAsync();
        post.GetProperty("viewer").GetProperty("bookmarked").GetBoolean().Should().BeTrue();
        post.GetProperty("stats").GetProperty("bookmarks").GetInt32().Should().Be(1);
    }

    [Fact]
    public async Task CreateBookmark_SameUserInParallel_CountsOnce()
    {
        var postId = await (await SocialTestData.UserAsync(Factory)).PostAsync("race");
        var me = await SocialTestData.UserAsync(Factory);

        var responses = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => me.Client.PostAsync($"/api/v1/posts/{postId}/bookmarks", null)));

        responses.Select(r => r.StatusCode).Should().AllBeEquivalentTo(HttpStatusCode.OK);
        var post = await Anonymous.GetAsync($"/api/v1/posts/{postId}").ReadJsonAsync();
        post.GetProperty("stats").GetProperty("bookmarks").GetInt32().Should().Be(1);
    }

    [Fact]
    public async Task DeleteBookmark_Bookmarked_Returns204AndIsIdempotent()
    {
        var postId = await (await SocialTestData.UserAsync(Factory)).PostAsync("unbookmark me");
        var me = await SocialTestData.UserAsync(Factory);
        await me.Client.PostAsync($"/api/v1/posts/{postId}/bookmarks", null).ReadJsonAsync();

        var first = await me.Client.DeleteAsync($"/api/v1/posts/{postId}/bookmarks");
        var second = await me.Client.DeleteAsync($"/api/v1/posts/{postId}/bookmarks");

        first.StatusCode.Should().Be(HttpStatusCode.NoContent);
        second.StatusCode.Should().Be(HttpStatusCode.NoContent);
        var post = await me.Client.GetAsync($"/api/v1/posts/{postId}").ReadJsonAsync();
        post.GetProperty("stats").GetProperty("bookmarks").GetInt32().Should().Be(0);
        post.GetProperty("viewer").GetProperty("bookmarked").GetBoolean().Should().BeFalse();
        Ids(await me.Client.GetAsync("/api/v1/bookmarks").ReadJsonAsync()).Should().BeEmpty();
    }

    [Fact]
    public async Task CreateBookmark_UnknownOrDeletedPost_Returns404()
    {
        var author = await SocialTestData.UserAsync(Factory);
        var deleted = await author.PostAsync("gone");
        (await author.Client.DeleteAsync($"/api/v1/posts/{deleted}")).StatusCode.Should().Be(HttpStatusCode.NoContent);
        var me = await SocialTestData.UserAsync(Factory);

        foreach (var postId in new[] { Guid.NewGuid(), deleted })
        {
            await (await me.Client.PostAsync($"/api/v1/posts/{postId}/bookmarks", null)).ShouldBeErrorAsync(HttpStatusCode.NotFound, "NOT_FOUND");
            await (await me.Client.DeleteAsync($"/api/v1/posts/{postId}/bookmarks")).ShouldBeErrorAsync(HttpStatusCode.NotFound, "NOT_FOUND");
        }
    }

    [Fact]
    public async Task ListBookmarks_Paged_NewestBookmarkFirst()
    {
        var author = await SocialTestData.UserAsync(Factory);
        var posts = new List<Guid>();
        for (var i = 0; i < 4; i++)
        {
            posts.Add(await author.PostAsync($"post {i}"));
        }

        var me = await SocialTestData.UserAsync(Factory);
        // Bookmarked in an order unlike the posts' own: the list follows the bookmarks.
        var order = new[] { posts[2], posts[0], posts[3], posts[1] };
        foreach (var postId in order)
        {
            await me.Client.PostAsync($"/api/v1/posts/{postId}/bookmarks", null).ReadJsonAsync();
        }

        var first = await me.Client.GetAsync("/api/v1/bookmarks?limit=3").ReadJsonAsync();
        var rest = await me.Client.GetAsync($"/api/v1/bookmarks?limit=3&cursor={first.GetProperty("next_cursor").GetString()}").ReadJsonAsync();

        Ids(first).Concat(Ids(rest)).Should().Equal(order.Reverse());
        rest.GetProperty("next_cursor").ValueKind.Should().Be(JsonValueKind.Null);
        first.GetProperty("items")[0].GetProperty("viewer").GetProperty("bookmarked").GetBoolean().Should().BeTrue();
    }

    [Fact]
    public async Task ListBookmarks_PostLaterDeleted_Disappears()
    {
        var author = await SocialTestData.UserAsync(Factory);
        var kept = await author.PostAsync("kept");
        var deleted = await author.PostAsync("deleted");
        var me = await SocialTestData.UserAsync(Factory);
        await me.Client.PostAsync($"/api/v1/posts/{kept}/bookmarks", null).ReadJsonAsync();
        await me.Client.PostAsync($"/api/v1/posts/{deleted}/bookmarks", null).ReadJsonAsync();
        (await author.Client.DeleteAsync($"/api/v1/posts/{deleted}")).StatusCode.Should().Be(HttpStatusCode.NoContent);

        var page = await me.Client.GetAsync("/api/v1/bookmarks?limit=1").ReadJsonAsync();

        Ids(page).Should().Equal(kept);
        page.GetProperty("next_cursor").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public async Task ListBookmarks_OtherUser_SeesOnlyTheirOwn()
    {
        var postId = await (await SocialTestData.UserAsync(Factory)).PostAsync("mine");
        var me = await SocialTestData.UserAsync(Factory);
        var other = await SocialTestData.UserAsync(Factory);
        await me.Client.PostAsync($"/api/v1/posts/{postId}/bookmarks", null).ReadJsonAsync();

        Ids(await other.Client.GetAsync("/api/v1/bookmarks").ReadJsonAsync()).Should().BeEmpty();
        Ids(await me.Client.GetAsync("/api/v1/bookmarks").ReadJsonAsync()).Should().Equal(postId);
    }

    [Fact]
    public async Task ListBookmarks_AuthorBlockedEitherWay_LeftOut()
    {
        var blocker = await SocialTestData.UserAsync(Factory);
        var blockedAuthor = await SocialTestData.UserAsync(Factory);
        var fine = await SocialTestData.UserAsync(Factory);
        var me = await SocialTestData.UserAsync(Factory);
        var posts = new[] { await blocker.PostAsync("a"), await blockedAuthor.PostAsync("b"), await fine.PostAsync("c") };
        foreach (var postId in posts)
        {
            await me.Client.PostAsync($"/api/v1/posts/{postId}/bookmarks", null).ReadJsonAsync();
        }

        await SocialTestData.FilterAsync(Factory, blocker.Id, me.Id);
        await SocialTestData.FilterAsync(Factory, me.Id, blockedAuthor.Id);

        Ids(await me.Client.GetAsync("/api/v1/bookmarks").ReadJsonAsync()).Should().Equal(posts[2]);
    }

    [Theory]
    [InlineData("limit=0")]
    [InlineData("limit=101")]
    [InlineData("cursor=not-a-cursor")]
    public async Task ListBookmarks_BadPaging_Returns422(string query)
    {
        var me = await SocialTestData.UserAsync(Factory);

        var response = await me.Client.GetAsync($"/api/v1/bookmarks?{query}");

        await response.ShouldBeErrorAsync(HttpStatusCode.UnprocessableEntity, "VALIDATION_ERROR");
    }

    [Fact]
    public async Task Bookmarks_WithoutToken_Return401()
    {
        var postId = await (await SocialTestData.UserAsync(Factory)).PostAsync("p");

        await (await Anonymous.PostAsync($"/api/v1/posts/{postId}/bookmarks", null)).ShouldBeErrorAsync(HttpStatusCode.Unauthorized, "AUTH_REQUIRED");
        await (await Anonymous.DeleteAsync($"/api/v1/posts/{postId}/bookmarks")).ShouldBeErrorAsync(HttpStatusCode.Unauthorized, "AUTH_REQUIRED");
        await (await Anonymous.GetAsync("/api/v1/bookmarks")).ShouldBeErrorAsync(HttpStatusCode.Unauthorized, "AUTH_REQUIRED");
    }

    [Fact]
    public async Task Bookmarks_AnonymousSession_CannotWrite()
    {
        var postId = await (await SocialTestData.UserAsync(Factory)).PostAsync("p");
        var guest = Factory.CreateUserClient(Guid.NewGuid(), "", isAnonymous: true);

        await (await guest.PostAsync($"/api/v1/posts/{postId}/bookmarks", null)).ShouldBeErrorAsync(HttpStatusCode.Forbidden, "PERMISSION_DENIED");
        await (await guest.DeleteAsync($"/api/v1/posts/{postId}/bookmarks")).ShouldBeErrorAsync(HttpStatusCode.Forbidden, "PERMISSION_DENIED");
    }

    private static List<Guid> Ids(JsonElement page) => page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToList();
}
