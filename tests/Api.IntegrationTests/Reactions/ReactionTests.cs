using System.Net;
using System.Net.Http.Json;
using PageShare.Api.IntegrationTests.Infrastructure;

namespace PageShare.Api.IntegrationTests.Reactions;

public sealed class ReactionTests(PageShareApiFactory factory) : ApiTestBase(factory)
{
    [Fact]
    public async Task TogglePostReaction_TwiceBySameUser_LikesThenUnlikes()
    {
        var client = SignedIn(Guid.NewGuid());
        var postId = await CreatePostAsync(client);

        var first = await client.PostAsync($"/api/v1/posts/{postId}/reactions", null).ReadJsonAsync();
        var afterFirst = await client.GetAsync($"/api/v1/posts/{postId}").ReadJsonAsync();
        var second = await client.PostAsync($"/api/v1/posts/{postId}/reactions", null).ReadJsonAsync();
        var afterSecond = await client.GetAsync($"/api/v1/posts/{postId}").ReadJsonAsync();

        first.GetProperty("liked").GetBoolean().Should().BeTrue();
        first.GetProperty("likes").GetInt32().Should().Be(1);
        afterFirst.GetProperty("viewer").GetProperty("liked").GetBoolean().Should().BeTrue();
        afterFirst.GetProperty("stats").GetProperty("likes").GetInt32().Should().Be(1);
        second.GetProperty("liked").GetBoolean().Should().BeFalse();
        second.GetProperty("likes").GetInt32().Should().Be(0);
        afterSecond.GetProperty("viewer").GetProperty("liked").GetBoolean().Should().BeFalse();
        afterSecond.GetProperty("stats").GetProperty("likes").GetInt32().Should().Be(0);
    }

    [Theory]
    [InlineData("posts")]
    [InlineData("comments")]
    public async Task Toggle_LikeThenUnlike_SendsThreeThenFourStatements(string targets)
    {
        // The target check, the insert, (the delete when the insert found the like,) the counter: hand-written, the
        // toggle's statements on one connection.
        var client = SignedIn(Guid.NewGuid());
        var postId = await CreatePostAsync(client);
        var targetId = targets == "posts" ? postId : await CreateCommentAsync(client, postId);

        var like = await CountAsync(() => client.PostAsync($"/api/v1/{targets}/{targetId}/reactions", null));
        var unlike = await CountAsync(() => client.PostAsync($"/api/v1/{targets}/{targetId}/reactions", null));

        like.Should().Be((true, 3, 2));
        unlike.Should().Be((false, 4, 2));
    }

    [Fact]
    public async Task TogglePostReaction_20UsersAtOnce_MakeExactly20()
    {
        var postId = await CreatePostAsync(SignedIn(Guid.NewGuid()));
        var likers = Enumerable.Range(0, 20).Select(_ => SignedIn(Guid.NewGuid())).ToList();

        var responses = await Task.WhenAll(likers.Select(c => c.PostAsync($"/api/v1/posts/{postId}/reactions", null)));

        foreach (var response in responses)
        {
            (await response.ReadJsonAsync()).GetProperty("liked").GetBoolean().Should().BeTrue();
        }

        var post = await Anonymous.GetAsync($"/api/v1/posts/{postId}").ReadJsonAsync();
        post.GetProperty("stats").GetProperty("likes").GetInt32().Should().Be(20);
    }

    [Fact]
    public async Task TogglePostReaction_DoubleClick_LeavesConsistentState()
    {
        var client = SignedIn(Guid.NewGuid());
        var postId = await CreatePostAsync(client);

        var responses = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => client.PostAsync($"/api/v1/posts/{postId}/reactions", null)));

        var liked = new List<bool>();
        foreach (var response in responses)
        {
            liked.Add((await response.ReadJsonAsync()).GetProperty("liked").GetBoolean());
        }

        // The primary key lets one toggle insert; the other then finds the like and removes it.
        liked.Should().BeEquivalentTo([true, false]);
        var post = await client.GetAsync($"/api/v1/posts/{postId}").ReadJsonAsync();
        post.GetProperty("stats").GetProperty("likes").GetInt32().Should().Be(0);
        post.GetProperty("viewer").GetProperty("liked").GetBoolean().Should().BeFalse();
    }

    [Fact]
    public async Task TogglePostReaction_ManyConcurrentClicks_StateAndCountAgree()
    {
        var client = SignedIn(Guid.NewGuid());
        var postId = await CreatePostAsync(client);

        var responses = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => client.PostAsync($"/api/v1/posts/{postId}/reactions", null)));

        responses.Select(r => r.StatusCode).Should().AllBeEquivalentTo(HttpStatusCode.OK);
        var post = await client.GetAsync($"/api/v1/posts/{postId}").ReadJsonAsync();
        var likes = post.GetProperty("stats").GetProperty("likes").GetInt32();
        likes.Should().BeOneOf(0, 1);
        post.GetProperty("viewer").GetProperty("liked").GetBoolean().Should().Be(likes == 1);
    }

    [Fact]
    public async Task ToggleCommentReaction_20UsersAtOnce_MakeExactly20()
    {
        var author = SignedIn(Guid.NewGuid());
        var postId = await CreatePostAsync(author);
        var commentId = await CreateCommentAsync(author, postId);
        var likers = Enumerable.Range(0, 20).Select(_ => SignedIn(Guid.NewGuid())).ToList();

        var responses = await Task.WhenAll(likers.Select(c => c.PostAsync($"/api/v1/comments/{commentId}/reactions", null)));

        responses.Select(r => r.StatusCode).Should().AllBeEquivalentTo(HttpStatusCode.OK);
        var comments = await Anonymous.GetAsync($"/api/v1/posts/{postId}/comments").ReadJsonAsync();
        comments.GetProperty("items")[0].GetProperty("stats").GetProperty("likes").GetInt32().Should().Be(20);
        var post = await Anonymous.GetAsync($"/api/v1/posts/{postId}").ReadJsonAsync();
        post.GetProperty("stats").GetProperty("likes").GetInt32().Should().Be(0, "a comment's likes are not the post's");
    }

    [Fact]
    public async Task ToggleCommentReaction_TwiceBySameUser_LikesThenUnlikes()
    {
        var client = SignedIn(Guid.NewGuid());
        var postId = await CreatePostAsync(client);
        var commentId = await CreateCommentAsync(client, postId);

        var first = await client.PostAsync($"/api/v1/comments/{commentId}/reactions", null).ReadJsonAsync();
        var second = await client.PostAsync($"/api/v1/comments/{commentId}/reactions", null).ReadJsonAsync();

        (first.GetProperty("liked").GetBoolean(), first.GetProperty("likes").GetInt32()).Should().Be((true, 1));
        (second.GetProperty("liked").GetBoolean(), second.GetProperty("likes").GetInt32()).Should().Be((false, 0));
    }

    [Fact]
    public async Task TogglePostReaction_UnknownOrDeletedPost_Returns404()
    {
        var author = SignedIn(Guid.NewGuid());
        var deleted = await CreatePostAsync(author);
        (await author.DeleteAsync($"/api/v1/posts/{deleted}")).StatusCode.Should().Be(HttpStatusCode.NoContent);

        foreach (var postId in new[] { Guid.NewGuid(), deleted })
        {
            await (await author.PostAsync($"/api/v1/posts/{postId}/reactions", null)).ShouldBeErrorAsync(HttpStatusCode.NotFound, "NOT_FOUND");
        }
    }

    [Fact]
    public async Task ToggleCommentReaction_UnknownDeletedOrOnDeletedPost_Returns404()
    {
        var author = SignedIn(Guid.NewGuid());
        var postId = await CreatePostAsync(author);
        var deletedComment = await CreateCommentAsync(author, postId);
        (await author.DeleteAsync($"/api/v1/comments/{deletedComment}")).StatusCode.Should().Be(HttpStatusCode.NoContent);
        var goneWithPost = await CreateCommentAsync(author, postId);
        (await author.DeleteAsync($"/api/v1/posts/{postId}")).StatusCode.Should().Be(HttpStatusCode.NoContent);

        foreach (var commentId in new[] { Guid.NewGuid(), deletedComment, goneWithPost })
        {
            await (await author.PostAsync($"/api/v1/comments/{commentId}/reactions", null)).ShouldBeErrorAsync(HttpStatusCode.NotFound, "NOT_FOUND");
        }
    }

    [Fact]
    public async Task TogglePostReaction_WithoutToken_Returns401()
    {
        var postId = await CreatePostAsync(SignedIn(Guid.NewGuid()));

        await (await Anonymous.PostAsync($"/api/v1/posts/{postId}/reactions", null)).ShouldBeErrorAsync(HttpStatusCode.Unauthorized, "AUTH_REQUIRED");
        await (await Anonymous.PostAsync($"/api/v1/comments/{Guid.NewGuid()}/reactions", null)).ShouldBeErrorAsync(HttpStatusCode.Unauthorized, "AUTH_REQUIRED");
    }

    [Fact]
    public async Task TogglePostReaction_AnonymousSession_Returns403()
    {
        var author = SignedIn(Guid.NewGuid());
        var postId = await CreatePostAsync(author);
        var commentId = await CreateCommentAsync(author, postId);
        var guest = Factory.CreateUserClient(Guid.NewGuid(), "", isAnonymous: true);

        await (await guest.PostAsync($"/api/v1/posts/{postId}/reactions", null)).ShouldBeErrorAsync(HttpStatusCode.Forbidden, "PERMISSION_DENIED");
        await (await guest.PostAsync($"/api/v1/comments/{commentId}/reactions", null)).ShouldBeErrorAsync(HttpStatusCode.Forbidden, "PERMISSION_DENIED");
    }

    private async Task<(bool Liked, int Statements, int ConnectionOpens)> CountAsync(Func<Task<HttpResponseMessage>> toggle)
    {
        using var counter = new SqlCommandCounter(Factory.ConnectionString);
        var liked = (await toggle().ReadJsonAsync()).GetProperty("liked").GetBoolean();
        return (liked, counter.Statements, counter.ConnectionOpens);
    }

    private static async Task<Guid> CreatePostAsync(HttpClient client) =>
        (await client.PostAsJsonAsync("/api/v1/posts", new { content = "like this" }).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();

    private static async Task<Guid> CreateCommentAsync(HttpClient client, Guid postId) =>
        (await client.PostAsJsonAsync($"/api/v1/posts/{postId}/comments", new { content = "a comment" }).ReadJsonAsync(HttpStatusCode.Created))
            .GetProperty("id").GetGuid();
}
