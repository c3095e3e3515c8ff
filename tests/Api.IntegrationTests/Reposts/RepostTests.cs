using System.Net;
using System.Net.Http.Json;
using System.Text;
using PageShare.Api.IntegrationTests.Infrastructure;

namespace PageShare.Api.IntegrationTests.Reposts;

public sealed class RepostTests(PageShareApiFactory factory) : ApiTestBase(factory)
{
    [Fact]
    public async Task CreateRepost_NoBody_Returns200AndIsIdempotent()
    {
        var postId = await CreatePostAsync(SignedIn(Guid.NewGuid()));
        var client = SignedIn(Guid.NewGuid());

        var first = await client.PostAsync($"/api/v1/posts/{postId}/reposts", null).ReadJsonAsync();
        var second = await client.PostAsync($"/api/v1/posts/{postId}/reposts", null).ReadJsonAsync();

        first.GetProperty("reposted").GetBoolean().Should().BeTrue();
        first.GetProperty("reposts").GetInt32().Should().Be(1);
        second.GetProperty("reposted").GetBoolean().Should().BeTrue();
        second.GetProperty("reposts").GetInt32().Should().Be(1);
        var post = await client.GetAsync($"/api/v1/posts/{postId}").ReadJsonAsync();
        post.GetProperty("viewer").GetProperty("reposted").GetBoolean().Should().BeTrue();
        post.GetProperty("stats").GetProperty("reposts").GetInt32().Should().Be(1);
        post.GetProperty("stats").GetProperty("quotes").GetInt32().Should().Be(0);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("""{"content": null}""")]
    public async Task CreateRepost_EmptyJsonBody_IsPlainRepost(string body)
    {
        var postId = await CreatePostAsync(SignedIn(Guid.NewGuid()));

        var json = await SignedIn(Guid.NewGuid()).PostAsync($"/api/v1/posts/{postId}/reposts", new StringContent(body, Encoding.UTF8, "application/json"))
            .ReadJsonAsync();

        json.GetProperty("reposted").GetBoolean().Should().BeTrue();
        json.GetProperty("reposts").GetInt32().Should().Be(1);
    }

    [Fact]
    public async Task CreateRepost_OwnPost_IsAllowed()
    {
        var client = SignedIn(Guid.NewGuid());
        var postId = await CreatePostAsync(client);

        var json = await client.PostAsync($"/api/v1/posts/{postId}/reposts", null).ReadJsonAsync();

        json.GetProperty("reposts").GetInt32().Should().Be(1);
    }

    [Fact]
    public async Task CreateRepost_SameUserInParallel_CountsOnce()
    {
        var postId = await CreatePostAsync(SignedIn(Guid.NewGuid()));
        var client = SignedIn(Guid.NewGuid());

        var responses = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => client.PostAsync($"/api/v1/posts/{postId}/reposts", null)));

        responses.Select(r => r.StatusCode).Should().AllBeEquivalentTo(HttpStatusCode.OK);
        var post = await Anonymous.GetAsync($"/api/v1/posts/{postId}").ReadJsonAsync();
        post.GetProperty("stats").GetProperty("reposts").GetInt32().Should().Be(1);
    }

    [Fact]
    public async Task CreateRepost_20UsersInParallel_MakeExactly20()
    {
        var postId = await CreatePostAsync(SignedIn(Guid.NewGuid()));
        var clients = Enumerable.Range(0, 20).Select(_ => SignedIn(Guid.NewGuid())).ToList();

        var responses = await Task.WhenAll(clients.Select(c => c.PostAsync($"/api/v1/posts/{postId}/reposts", null)));

        responses.Select(r => r.StatusCode).Should().AllBeEquivalentTo(HttpStatusCode.OK);
        var post = await Anonymous.GetAsync($"/api/v1/posts/{postId}").ReadJsonAsync();
        post.GetProperty("stats").GetProperty("reposts").GetInt32().Should().Be(20);
    }

    [Fact]
    public async Task CreateRepost_WithContent_Returns201QuotePost()
    {
        var postId = await CreatePostAsync(SignedIn(Guid.NewGuid()));
        var client = SignedIn(Guid.NewGuid());

        var response = await client.PostAsJsonAsync($"/api/v1/posts/{postId}/reposts", new { content = "Great take on $MSFT" });

        var quote = await response.ReadJsonAsync(HttpStatusCode.Created);
        response.Headers.Location!.ToString().Should().EndWith($"/api/v1/posts/{quote.GetProperty("id").GetGuid()}");
        quote.GetProperty("content").GetString().Should().Be("Great take on $MSFT");
        quote.GetProperty("tickers").EnumerateArray().Select(t => t.GetString()).Should().Equal("MSFT");
        quote.GetProperty("quoted_post").GetProperty("id").GetGuid().Should().Be(postId);
        var original = await client.GetAsync($"/api/v1/posts/{postId}").ReadJsonAsync();
        original.GetProperty("stats").GetProperty("quotes").GetInt32().Should().Be(1);
        original.GetProperty("stats").GetProperty("reposts").GetInt32().Should().Be(0);
        original.GetProperty("viewer").GetProperty("reposted").GetBoolean().Should().BeFalse();
    }

    [Fact]
    public async Task CreateRepost_ContentTooLong_Returns422()
    {
        var postId = await CreatePostAsync(SignedIn(Guid.NewGuid()));

        var response = await SignedIn(Guid.NewGuid()).PostAsJsonAsync($"/api/v1/posts/{postId}/reposts", new { content = new string('a', 1001) });

        await response.ShouldBeErrorAsync(HttpStatusCode.UnprocessableEntity, "VALIDATION_ERROR");
    }

    [Fact]
    public async Task CreateRepost_UnknownOrDeletedPost_Returns404ForPlainAndQuote()
    {
        var author = SignedIn(Guid.NewGuid());
        var deleted = await CreatePostAsync(author);
        (await author.DeleteAsync($"/api/v1/posts/{deleted}")).StatusCode.Should().Be(HttpStatusCode.NoContent);
        var client = SignedIn(Guid.NewGuid());

        foreach (var postId in new[] { Guid.NewGuid(), deleted })
        {
            await (await client.PostAsync($"/api/v1/posts/{postId}/reposts", null)).ShouldBeErrorAsync(HttpStatusCode.NotFound, "NOT_FOUND");
            await (await client.PostAsJsonAsync($"/api/v1/posts/{postId}/reposts", new { content = "quote" }))
                .ShouldBeErrorAsync(HttpStatusCode.NotFound, "NOT_FOUND");
        }
    }

    [Fact]
    public async Task DeleteRepost_Reposted_Returns204AndIsIdempotent()
    {
        var postId = await CreatePostAsync(SignedIn(Guid.NewGuid()));
        var client = SignedIn(Guid.NewGuid());
        await client.PostAsync($"/api/v1/posts/{postId}/reposts", null).ReadJsonAsync();

        var first = await client.DeleteAsync($"/api/v1/posts/{postId}/reposts");
        var second = await client.DeleteAsync($"/api/v1/posts/{postId}/reposts");

        first.StatusCode.Should().Be(HttpStatusCode.NoContent);
        second.StatusCode.Should().Be(HttpStatusCode.NoContent);
        var post = await client.GetAsync($"/api/v1/posts/{postId}").ReadJsonAsync();
        post.GetProperty("stats").GetProperty("reposts").GetInt32().Should().Be(0);
        post.GetProperty("viewer").GetProperty("reposted").GetBoolean().Should().BeFalse();
    }

    [Fact]
    public async Task DeleteRepost_UnknownPost_Returns404()
    {
        var response = await SignedIn(Guid.NewGuid()).DeleteAsync($"/api/v1/posts/{Guid.NewGuid()}/reposts");

        await response.ShouldBeErrorAsync(HttpStatusCode.NotFound, "NOT_FOUND");
    }

    [Fact]
    public async Task CreateRepost_WithoutToken_Returns401()
    {
        var postId = await CreatePostAsync(SignedIn(Guid.NewGuid()));

        await (await Anonymous.PostAsync($"/api/v1/posts/{postId}/reposts", null)).ShouldBeErrorAsync(HttpStatusCode.Unauthorized, "AUTH_REQUIRED");
        await (await Anonymous.DeleteAsync($"/api/v1/posts/{postId}/reposts")).ShouldBeErrorAsync(HttpStatusCode.Unauthorized, "AUTH_REQUIRED");
    }

    [Fact]
    public async Task CreateRepost_AnonymousSession_Returns403()
    {
        var postId = await CreatePostAsync(SignedIn(Guid.NewGuid()));
        var guest = Factory.CreateUserClient(Guid.NewGuid(), "", isAnonymous: true);

        await (await guest.PostAsync($"/api/v1/posts/{postId}/reposts", null)).ShouldBeErrorAsync(HttpStatusCode.Forbidden, "PERMISSION_DENIED");
        await (await guest.PostAsJsonAsync($"/api/v1/posts/{postId}/reposts", new { content = "quote" }))
            .ShouldBeErrorAsync(HttpStatusCode.Forbidden, "PERMISSION_DENIED");
        await (await guest.DeleteAsync($"/api/v1/posts/{postId}/reposts")).ShouldBeErrorAsync(HttpStatusCode.Forbidden, "PERMISSION_DENIED");
    }

    private static async Task<Guid> CreatePostAsync(HttpClient client) =>
        (await client.PostAsJsonAsync("/api/v1/posts", new { content = "repost me" }).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
}
