using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PageShare.Api.IntegrationTests.Infrastructure;

namespace PageShare.Api.IntegrationTests.Comments;

public sealed class CommentTests(PageShareApiFactory factory) : ApiTestBase(factory)
{
    [Fact]
    public async Task CreateComment_OnLivePost_Returns201WithAuthorStatsAndViewer()
    {
        var postId = await CreatePostAsync(SignedIn(Guid.NewGuid()));
        var commenter = SignedIn(Guid.NewGuid(), "commenter@example.com");

        var json = await commenter.PostAsJsonAsync($"/api/v1/posts/{postId}/comments", new { content = "  agreed on $AAPL  " })
            .ReadJsonAsync(HttpStatusCode.Created);

        json.GetProperty("id").GetGuid().Should().NotBeEmpty();
        json.GetProperty("post_id").GetGuid().Should().Be(postId);
        json.GetProperty("parent_id").ValueKind.Should().Be(JsonValueKind.Null);
        json.GetProperty("content").GetString().Should().Be("agreed on $AAPL");
        json.GetProperty("author").GetProperty("username").GetString().Should().Be("commenter");
        json.GetProperty("stats").GetProperty("likes").GetInt32().Should().Be(0);
        json.GetProperty("stats").GetProperty("replies").GetInt32().Should().Be(0);
        json.GetProperty("viewer").GetProperty("liked").GetBoolean().Should().BeFalse();
        json.GetProperty("created_at").GetString().Should().EndWith("Z");
    }

    [Fact]
    public async Task CreateComment_Reply_SetsParentAndCountsReplyAndComments()
    {
        var client = SignedIn(Guid.NewGuid());
        var postId = await CreatePostAsync(client);
        var parentId = await CreateCommentAsync(client, postId, "parent");

        var reply = await client.PostAsJsonAsync($"/api/v1/posts/{postId}/comments", new { content = "reply", parent_id = parentId })
            .ReadJsonAsync(HttpStatusCode.Created);

        reply.GetProperty("parent_id").GetGuid().Should().Be(parentId);
        var list = await ListAsync(Anonymous, postId);
        list.Single(c => c.GetProperty("id").GetGuid() == parentId).GetProperty("stats").GetProperty("replies").GetInt32().Should().Be(1);
        (await CommentsCountAsync(postId)).Should().Be(2);
    }

    [Fact]
    public async Task CreateComment_ParentOfOtherPost_Returns422OnParentId()
    {
        var client = SignedIn(Guid.NewGuid());
        var postId = await CreatePostAsync(client);
        var otherPostId = await CreatePostAsync(client);
        var foreignParent = await CreateCommentAsync(client, otherPostId, "elsewhere");

        var response = await client.PostAsJsonAsync($"/api/v1/posts/{postId}/comments", new { content = "reply", parent_id = foreignParent });

        var error = await response.ShouldBeErrorAsync(HttpStatusCode.UnprocessableEntity, "VALIDATION_ERROR");
        error.GetProperty("details").GetProperty("fields").TryGetProperty("parent_id", out _).Should().BeTrue(error.ToString());
    }

    [Fact]
    public async Task CreateComment_UnknownOrDeletedParent_Returns422OnParentId()
    {
        var client = SignedIn(Guid.NewGuid());
        var postId = await CreatePostAsync(client);
        var deletedParent = await CreateCommentAsync(client, postId, "soon gone");
        (await client.DeleteAsync($"/api/v1/comments/{deletedParent}")).StatusCode.Should().Be(HttpStatusCode.NoContent);

        foreach (var parentId in new[] { Guid.NewGuid(), deletedParent })
        {
            var response = await client.PostAsJsonAsync($"/api/v1/posts/{postId}/comments", new { content = "reply", parent_id = parentId });

            var error = await response.ShouldBeErrorAsync(HttpStatusCode.UnprocessableEntity, "VALIDATION_ERROR");
            error.GetProperty("details").GetProperty("fields").TryGetProperty("parent_id", out _).Should().BeTrue(error.ToString());
        }
    }

    [Theory]
    [InlineData("""{"content": ""}""")]
    [InlineData("""{"content": "   "}""")]
    [InlineData("""{}""")]
    public async Task CreateComment_EmptyContent_Returns422OnContent(string body)
    {
        var client = SignedIn(Guid.NewGuid());
        var postId = await CreatePostAsync(client);

        var response = await client.PostAsync($"/api/v1/posts/{postId}/comments", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        var error = await response.ShouldBeErrorAsync(HttpStatusCode.UnprocessableEntity, "VALIDATION_ERROR");
        error.GetProperty("details").GetProperty("fields").TryGetProperty("content", out _).Should().BeTrue(error.ToString());
    }

    [Fact]
    public async Task CreateComment_1000EmojiAccepted_1001CharactersRefused()
    {
        var client = SignedIn(Guid.NewGuid());
        var postId = await CreatePostAsync(client);

        var emoji = await client.PostAsJsonAsync($"/api/v1/posts/{postId}/comments", new { content = string.Concat(Enumerable.Repeat("👨‍👩‍👧", 1000)) });
        var tooLong = await client.PostAsJsonAsync($"/api/v1/posts/{postId}/comments", new { content = new string('a', 1001) });

        emoji.StatusCode.Should().Be(HttpStatusCode.Created, await emoji.Content.ReadAsStringAsync());
        await tooLong.ShouldBeErrorAsync(HttpStatusCode.UnprocessableEntity, "VALIDATION_ERROR");
    }

    [Fact]
    public async Task CreateComment_UnknownOrDeletedPost_Returns404()
    {
        var author = SignedIn(Guid.NewGuid());
        var deleted = await CreatePostAsync(author);
        (await author.DeleteAsync($"/api/v1/posts/{deleted}")).StatusCode.Should().Be(HttpStatusCode.NoContent);

        foreach (var postId in new[] { Guid.NewGuid(), deleted })
        {
            var response = await author.PostAsJsonAsync($"/api/v1/posts/{postId}/comments", new { content = "hello?" });

            await response.ShouldBeErrorAsync(HttpStatusCode.NotFound, "NOT_FOUND");
        }
    }

    [Fact]
    public async Task CreateComment_WithoutToken_Returns401()
    {
        var postId = await CreatePostAsync(SignedIn(Guid.NewGuid()));

        var response = await Anonymous.PostAsJsonAsync($"/api/v1/posts/{postId}/comments", new { content = "hi" });

        await response.ShouldBeErrorAsync(HttpStatusCode.Unauthorized, "AUTH_REQUIRED");
    }

    [Fact]
    public async Task CreateComment_AnonymousSession_Returns403()
    {
        var postId = await CreatePostAsync(SignedIn(Guid.NewGuid()));
        var guest = Factory.CreateUserClient(Guid.NewGuid(), "", isAnonymous: true);

        var response = await guest.PostAsJsonAsync($"/api/v1/posts/{postId}/comments", new { content = "hi" });

        await response.ShouldBeErrorAsync(HttpStatusCode.Forbidden, "PERMISSION_DENIED");
    }

    [Fact]
    public async Task ListComments_PagesOldestFirstWithoutGapsOrDuplicates()
    {
        var client = SignedIn(Guid.NewGuid());
        var postId = await CreatePostAsync(client);
        var created = new List<Guid>();
        for (var i = 0; i < 7; i++)
        {
            created.Add(await CreateCommentAsync(client, postId, $"comment {i}"));
        }

        var seen = new List<Guid>();
        string? cursor = null;
        do
        {
            var page = await Anonymous.GetAsync($"/api/v1/posts/{postId}/comments?limit=3{(cursor is null ? "" : "&cursor=" + cursor)}").ReadJsonAsync();
            seen.AddRange(page.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("id").GetGuid()));
            cursor = page.GetProperty("next_cursor").GetString();
            if (seen.Count == 3)
            {
                created.Add(await CreateCommentAsync(client, postId, "arrives while paging")); // lands at the end
            }
        }
        while (cursor is not null);

        seen.Should().Equal(created);
    }

    [Fact]
    public async Task ListComments_DeletedCommentAndCount_Disappear()
    {
        var client = SignedIn(Guid.NewGuid());
        var postId = await CreatePostAsync(client);
        var kept = await CreateCommentAsync(client, postId, "kept");
        var removed = await CreateCommentAsync(client, postId, "removed");
        (await CommentsCountAsync(postId)).Should().Be(2);

        (await client.DeleteAsync($"/api/v1/comments/{removed}")).StatusCode.Should().Be(HttpStatusCode.NoContent);

        (await ListAsync(Anonymous, postId)).Select(c => c.GetProperty("id").GetGuid()).Should().Equal(kept);
        (await CommentsCountAsync(postId)).Should().Be(1);
    }

    [Fact]
    public async Task ListComments_ViewerLikedFlag_FollowsTheCaller()
    {
        var liker = SignedIn(Guid.NewGuid());
        var postId = await CreatePostAsync(liker);
        var commentId = await CreateCommentAsync(liker, postId, "like me");
        await liker.PostAsync($"/api/v1/comments/{commentId}/reactions", null).ReadJsonAsync();

        var mine = (await ListAsync(liker, postId)).Single();
        var someoneElse = (await ListAsync(SignedIn(Guid.NewGuid()), postId)).Single();
        var anonymous = (await ListAsync(Anonymous, postId)).Single();

        mine.GetProperty("viewer").GetProperty("liked").GetBoolean().Should().BeTrue();
        mine.GetProperty("stats").GetProperty("likes").GetInt32().Should().Be(1);
        someoneElse.GetProperty("viewer").GetProperty("liked").GetBoolean().Should().BeFalse();
        anonymous.GetProperty("viewer").GetProperty("liked").GetBoolean().Should().BeFalse();
    }

    [Fact]
    public async Task ListComments_LivePostWithoutComments_Returns200EmptyPage()
    {
        var author = SignedIn(Guid.NewGuid());
        var postId = await CreatePostAsync(author);
        var gone = await CreateCommentAsync(author, postId, "deleted before the read");
        (await author.DeleteAsync($"/api/v1/comments/{gone}")).StatusCode.Should().Be(HttpStatusCode.NoContent);

        foreach (var client in new[] { author, Anonymous })
        {
            var page = await client.GetAsync($"/api/v1/posts/{postId}/comments").ReadJsonAsync();

            page.GetProperty("items").GetArrayLength().Should().Be(0);
            page.GetProperty("next_cursor").ValueKind.Should().Be(JsonValueKind.Null);
        }
    }

    [Fact]
    public async Task ListComments_EveryPage_SendsOneStatementOnOneConnection()
    {
        // The post's visibility and the page (authors, stats, the viewer's likes) in one statement, cursor or not.
        var viewer = SignedIn(Guid.NewGuid());
        var postId = await CreatePostAsync(viewer);
        for (var i = 0; i < 5; i++)
        {
            var id = await CreateCommentAsync(SignedIn(Guid.NewGuid()), postId, $"comment {i}");
            await viewer.PostAsync($"/api/v1/comments/{id}/reactions", null).ReadJsonAsync();
        }

        var pages = 0;
        string? cursor = null;
        do
        {
            using var counter = new SqlCommandCounter(Factory.ConnectionString);
            var page = await viewer.GetAsync($"/api/v1/posts/{postId}/comments?limit=2{(cursor is null ? "" : "&cursor=" + cursor)}").ReadJsonAsync();

            page.GetProperty("items").EnumerateArray().Should().OnlyContain(c => c.GetProperty("viewer").GetProperty("liked").GetBoolean());
            counter.Statements.Should().Be(1);
            counter.ConnectionOpens.Should().Be(1);
            cursor = page.GetProperty("next_cursor").GetString();
            pages++;
        }
        while (cursor is not null);

        pages.Should().Be(3);
    }

    [Fact]
    public async Task ListComments_UnknownOrDeletedPost_Returns404()
    {
        var author = SignedIn(Guid.NewGuid());
        var deleted = await CreatePostAsync(author);
        await CreateCommentAsync(author, deleted, "on a post that goes");
        (await author.DeleteAsync($"/api/v1/posts/{deleted}")).StatusCode.Should().Be(HttpStatusCode.NoContent);

        await (await Anonymous.GetAsync($"/api/v1/posts/{deleted}/comments")).ShouldBeErrorAsync(HttpStatusCode.NotFound, "NOT_FOUND");
        await (await Anonymous.GetAsync($"/api/v1/posts/{Guid.NewGuid()}/comments")).ShouldBeErrorAsync(HttpStatusCode.NotFound, "NOT_FOUND");
    }

    [Theory]
    [InlineData("limit=0")]
    [InlineData("limit=101")]
    [InlineData("cursor=garbage")]
    public async Task ListComments_BadQuery_Returns422(string query)
    {
        var postId = await CreatePostAsync(SignedIn(Guid.NewGuid()));

        var response = await Anonymous.GetAsync($"/api/v1/posts/{postId}/comments?{query}");

        await response.ShouldBeErrorAsync(HttpStatusCode.UnprocessableEntity, "VALIDATION_ERROR");
    }

    [Fact]
    public async Task ListComments_PageOf1AndPageOf50_UseTheSameNumberOfQueries()
    {
        var clients = Enumerable.Range(0, 5).Select(_ => SignedIn(Guid.NewGuid())).ToList();
        var postId = await CreatePostAsync(clients[0]);
        for (var i = 0; i < 50; i++)
        {
            var id = await CreateCommentAsync(clients[i % 5], postId, $"comment {i}");
            if (i % 2 == 0)
            {
                await clients[0].PostAsync($"/api/v1/comments/{id}/reactions", null).ReadJsonAsync();
            }
        }

        var one = await CountQueriesAsync(() => clients[0].GetAsync($"/api/v1/posts/{postId}/comments?limit=1"));
        var fifty = await CountQueriesAsync(() => clients[0].GetAsync($"/api/v1/posts/{postId}/comments?limit=50"));

        fifty.Should().Be(one).And.BeLessThan(8);
    }

    [Fact]
    public async Task DeleteComment_ByCommentAuthorPostAuthorAndAdmin_Returns204()
    {
        var postAuthor = SignedIn(Guid.NewGuid());
        var commenter = SignedIn(Guid.NewGuid());
        var admin = Factory.CreateUserClient(Guid.NewGuid(), "mod@example.com", appRole: "admin");
        var postId = await CreatePostAsync(postAuthor);
        var ids = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            ids.Add(await CreateCommentAsync(commenter, postId, $"comment {i}"));
        }

        var byOwner = await commenter.DeleteAsync($"/api/v1/comments/{ids[0]}");
        var byPostAuthor = await postAuthor.DeleteAsync($"/api/v1/comments/{ids[1]}");
        var byAdmin = await admin.DeleteAsync($"/api/v1/comments/{ids[2]}");

        new[] { byOwner, byPostAuthor, byAdmin }.Select(r => r.StatusCode).Should().AllBeEquivalentTo(HttpStatusCode.NoContent);
        (await ListAsync(Anonymous, postId)).Should().BeEmpty();
        (await CommentsCountAsync(postId)).Should().Be(0);
    }

    [Fact]
    public async Task DeleteComment_ByOtherUser_Returns403()
    {
        var client = SignedIn(Guid.NewGuid());
        var postId = await CreatePostAsync(client);
        var commentId = await CreateCommentAsync(client, postId, "mine");

        var response = await SignedIn(Guid.NewGuid()).DeleteAsync($"/api/v1/comments/{commentId}");

        await response.ShouldBeErrorAsync(HttpStatusCode.Forbidden, "PERMISSION_DENIED");
    }

    [Fact]
    public async Task DeleteComment_UnknownOrAlreadyDeleted_Returns404()
    {
        var client = SignedIn(Guid.NewGuid());
        var postId = await CreatePostAsync(client);
        var commentId = await CreateCommentAsync(client, postId, "once");
        (await client.DeleteAsync($"/api/v1/comments/{commentId}")).StatusCode.Should().Be(HttpStatusCode.NoContent);

        await (await client.DeleteAsync($"/api/v1/comments/{commentId}")).ShouldBeErrorAsync(HttpStatusCode.NotFound, "NOT_FOUND");
        await (await client.DeleteAsync($"/api/v1/comments/{Guid.NewGuid()}")).ShouldBeErrorAsync(HttpStatusCode.NotFound, "NOT_FOUND");
    }

    [Fact]
    public async Task DeleteComment_WithoutToken_Returns401()
    {
        var response = await Anonymous.DeleteAsync($"/api/v1/comments/{Guid.NewGuid()}");

        await response.ShouldBeErrorAsync(HttpStatusCode.Unauthorized, "AUTH_REQUIRED");
    }

    [Fact]
    public async Task DeleteComment_AnonymousSession_Returns403()
    {
        var client = SignedIn(Guid.NewGuid());
        var postId = await CreatePostAsync(client);
        var commentId = await CreateCommentAsync(client, postId, "guarded");
        var guest = Factory.CreateUserClient(Guid.NewGuid(), "", isAnonymous: true);

        var response = await guest.DeleteAsync($"/api/v1/comments/{commentId}");

        await response.ShouldBeErrorAsync(HttpStatusCode.Forbidden, "PERMISSION_DENIED");
    }

    private async Task<int> CountQueriesAsync(Func<Task<HttpResponseMessage>> request)
    {
        using var counter = new SqlCommandCounter(Factory.ConnectionString);
        (await request()).StatusCode.Should().Be(HttpStatusCode.OK);
        counter.Count.Should().BePositive("the counter must see this host's queries");
        return counter.Count;
    }

    private async Task<int> CommentsCountAsync(Guid postId) =>
        (await Anonymous.GetAsync($"/api/v1/posts/{postId}").ReadJsonAsync()).GetProperty("stats").GetProperty("comments").GetInt32();

    private static async Task<List<JsonElement>> ListAsync(HttpClient client, Guid postId) =>
        [.. (await client.GetAsync($"/api/v1/posts/{postId}/comments").ReadJsonAsync()).GetProperty("items").EnumerateArray()];

    private static async Task<Guid> CreatePostAsync(HttpClient client) =>
        (await client.PostAsJsonAsync("/api/v1/posts", new { content = "a post" }).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();

    private static async Task<Guid> CreateCommentAsync(HttpClient client, Guid postId, string content) =>
        (await client.PostAsJsonAsync($"/api/v1/posts/{postId}/comments", new { content }).ReadJsonAsync(HttpStatusCode.Created))
            .GetProperty("id").GetGuid();
}
