using System.Net;
using System.Net.Http.Json;
using Npgsql;
using PageShare.Api.IntegrationTests.Infrastructure;

namespace PageShare.Api.IntegrationTests.Idempotency;

public sealed class IdempotencyTests(PageShareApiFactory factory) : ApiTestBase(factory)
{
    [Fact]
    public async Task CreatePost_SameKeyTwice_ReturnsTheFirstPostWith201AndCreatesOne()
    {
        var userId = Guid.NewGuid();
        var client = SignedIn(userId);

        var first = await SendAsync(client, "key-1", new { content = "Once $AAPL" }).ReadJsonAsync(HttpStatusCode.Created);
        var second = await SendAsync(client, "key-1", new { content = "Once $AAPL" });

        var replay = await second.ReadJsonAsync(HttpStatusCode.Created);
        replay.GetProperty("id").GetGuid().Should().Be(first.GetProperty("id").GetGuid());
        replay.GetProperty("tickers")[0].GetString().Should().Be("AAPL");
        second.Headers.Location!.ToString().Should().EndWith($"/api/v1/posts/{first.GetProperty("id").GetGuid()}");
        (await CountPostsAsync(userId)).Should().Be(1);
    }

    [Fact]
    public async Task CreatePost_SameKeyConcurrently_CreatesExactlyOnePostAndAllReturnIt()
    {
        var userId = Guid.NewGuid();
        await SignedIn(userId).GetAsync("/api/v1/users/me").ReadJsonAsync(); // provisioned first: the race under test is the key's

        var responses = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => SendAsync(SignedIn(userId), "double-click", new { content = "racing" })));

        var ids = new List<Guid>();
        foreach (var response in responses)
        {
            ids.Add((await response.ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid());
        }

        ids.Distinct().Should().ContainSingle();
        (await CountPostsAsync(userId)).Should().Be(1);
    }

    [Fact]
    public async Task CreatePost_SameKeyByTwoUsers_CreatesOnePostEach()
    {
        var alice = Guid.NewGuid();
        var bob = Guid.NewGuid();

        var a = await SendAsync(SignedIn(alice), "shared", new { content = "same words" }).ReadJsonAsync(HttpStatusCode.Created);
        var b = await SendAsync(SignedIn(bob), "shared", new { content = "same words" }).ReadJsonAsync(HttpStatusCode.Created);

        a.GetProperty("id").GetGuid().Should().NotBe(b.GetProperty("id").GetGuid());
        (await CountPostsAsync(alice)).Should().Be(1);
        (await CountPostsAsync(bob)).Should().Be(1);
    }

    [Fact]
    public async Task CreatePost_SameKeyDifferentBody_Returns422AndCreatesNothing()
    {
        var userId = Guid.NewGuid();
        var client = SignedIn(userId);
        await SendAsync(client, "k", new { content = "first" }).ReadJsonAsync(HttpStatusCode.Created);

        var response = await SendAsync(client, "k", new { content = "second" });

        var error = await response.ShouldBeErrorAsync(HttpStatusCode.UnprocessableEntity, "VALIDATION_ERROR");
        error.GetProperty("details").GetProperty("fields").TryGetProperty("idempotency_key", out _).Should().BeTrue(error.ToString());
        (await CountPostsAsync(userId)).Should().Be(1);
    }

    [Fact]
    public async Task CreatePost_KeyOf101Characters_Returns422()
    {
        var response = await SendAsync(SignedIn(Guid.NewGuid()), new string('k', 101), new { content = "x" });

        var error = await response.ShouldBeErrorAsync(HttpStatusCode.UnprocessableEntity, "VALIDATION_ERROR");
        error.GetProperty("details").GetProperty("fields").TryGetProperty("idempotency_key", out _).Should().BeTrue(error.ToString());
    }

    [Fact]
    public async Task CreatePost_KeyOf100Characters_IsAccepted()
    {
        var response = await SendAsync(SignedIn(Guid.NewGuid()), new string('k', 100), new { content = "x" });

        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task CreatePost_FailedFirstAttempt_DoesNotUseUpTheKey()
    {
        var userId = Guid.NewGuid();
        var client = SignedIn(userId);
        await (await SendAsync(client, "retry", new { content = "" })).ShouldBeErrorAsync(HttpStatusCode.UnprocessableEntity, "VALIDATION_ERROR");

        var response = await SendAsync(client, "retry", new { content = "fixed" });

        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        (await CountPostsAsync(userId)).Should().Be(1);
    }

    [Fact]
    public async Task CreatePost_KeyOlderThan24Hours_CreatesANewPost()
    {
        var userId = Guid.NewGuid();
        var client = SignedIn(userId);
        var first = await SendAsync(client, "daily", new { content = "gm" }).ReadJsonAsync(HttpStatusCode.Created);
        await ExecuteAsync("update idempotency_keys set created_at = now() - interval '25 hours' where user_id = @id", userId);

        var second = await SendAsync(client, "daily", new { content = "gm" }).ReadJsonAsync(HttpStatusCode.Created);

        second.GetProperty("id").GetGuid().Should().NotBe(first.GetProperty("id").GetGuid());
        (await CountPostsAsync(userId)).Should().Be(2);
    }

    [Fact]
    public async Task CreatePost_WithoutKey_CreatesEachTime()
    {
        var userId = Guid.NewGuid();
        var client = SignedIn(userId);

        await client.PostAsJsonAsync("/api/v1/posts", new { content = "same" }).ReadJsonAsync(HttpStatusCode.Created);
        await client.PostAsJsonAsync("/api/v1/posts", new { content = "same" }).ReadJsonAsync(HttpStatusCode.Created);

        (await CountPostsAsync(userId)).Should().Be(2);
    }

    [Fact]
    public async Task Document_CreatePost_DocumentsTheIdempotencyKeyHeader()
    {
        var json = await Anonymous.GetAsync("/openapi/v1.json").ReadJsonAsync();

        var parameters = json.GetProperty("paths").GetProperty("/api/v1/posts").GetProperty("post").GetProperty("parameters");
        parameters.EnumerateArray().Should().Contain(p => p.GetProperty("name").GetString() == "Idempotency-Key"
            && p.GetProperty("in").GetString() == "header");
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, string key, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/posts") { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", key);
        return client.SendAsync(request);
    }

    private Task<long> CountPostsAsync(Guid authorId) => ExecuteAsync("select count(*) from posts where author_id = @id", authorId);

    private async Task<long> ExecuteAsync(string sql, Guid id)
    {
        await using var connection = new NpgsqlConnection(Factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("id", id);
        return await command.ExecuteScalarAsync() is long count ? count : 0;
    }
}
