using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PageShare.Api.IntegrationTests.Infrastructure;

namespace PageShare.Api.IntegrationTests.Posts;

public sealed class PostTests(PageShareApiFactory factory) : ApiTestBase(factory)
{
    [Fact]
    public async Task CreatePost_WithCashtags_Returns201WithTickersAuthorStatsAndViewer()
    {
        var client = SignedIn(Guid.NewGuid(), "poster@example.com");

        var response = await client.PostAsJsonAsync("/api/v1/posts", new { content = "Long $aapl and #TSLA, not #investing", sentiment = "bullish" });

        var json = await response.ReadJsonAsync(HttpStatusCode.Created);
        response.Headers.Location!.ToString().Should().EndWith($"/api/v1/posts/{json.GetProperty("id").GetGuid()}");
        json.GetProperty("tickers").EnumerateArray().Select(t => t.GetString()).Should().Equal("AAPL", "TSLA");
        json.GetProperty("author").GetProperty("username").GetString().Should().Be("poster");
        json.GetProperty("sentiment").GetString().Should().Be("bullish");
        json.GetProperty("stats").GetProperty("likes").GetInt32().Should().Be(0);
        json.GetProperty("viewer").GetProperty("liked").GetBoolean().Should().BeFalse();
        json.GetProperty("poll").ValueKind.Should().Be(JsonValueKind.Null);
        json.GetProperty("quoted_post").ValueKind.Should().Be(JsonValueKind.Null);
        json.GetProperty("created_at").GetString().Should().EndWith("Z");
    }

    [Fact]
    public async Task CreatePost_WithPoll_ReturnsOpenPoll()
    {
        var json = await SignedIn(Guid.NewGuid()).PostAsJsonAsync("/api/v1/posts",
            new { content = "Where does $SPY close?", poll = new { options = new[] { "Up", "Down" }, duration_hours = 24 } })
            .ReadJsonAsync(HttpStatusCode.Created);

        var poll = json.GetProperty("poll");
        poll.GetProperty("options").GetArrayLength().Should().Be(2);
        poll.GetProperty("total_votes").GetInt32().Should().Be(0);
        poll.GetProperty("is_expired").GetBoolean().Should().BeFalse();
        poll.GetProperty("viewer_vote_option_id").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Theory]
    [InlineData("""{"content": ""}""", "content")]
    [InlineData("""{"content": "   "}""", "content")]
    [InlineData("""{"content": "x", "gif_url": "http://media.giphy.com/a.gif"}""", "gif_url")]
    [InlineData("""{"content": "x", "gif_url": "https://evil.example/a.gif"}""", "gif_url")]
    [InlineData("""{"content": "x", "poll": {"options": ["a"], "duration_hours": 24}}""", "poll.options")]
    [InlineData("""{"content": "x", "poll": {"options": ["a", "b"], "duration_hours": 200}}""", "poll.duration_hours")]
    [InlineData("""{"content": "x", "poll": {"options": ["a", "A"], "duration_hours": 24}}""", "poll.options")]
    [InlineData("""{"content": "x", "media_urls": ["https://elsewhere.example/a.png"]}""", "media_urls")]
    [InlineData("""{"content": "x", "sentiment": "sideways"}""", "sentiment")]
    public async Task CreatePost_InvalidInput_Returns422NamingTheField(string body, string field)
    {
        var response = await SignedIn(Guid.NewGuid()).PostAsync("/api/v1/posts", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        var error = await response.ShouldBeErrorAsync(HttpStatusCode.UnprocessableEntity, "VALIDATION_ERROR");
        error.GetProperty("details").GetProperty("fields").TryGetProperty(field, out _).Should().BeTrue(error.ToString());
    }

    [Fact]
    public async Task CreatePost_ContentOf1000Emoji_IsAccepted()
    {
        var content = string.Concat(Enumerable.Repeat("👨‍👩‍👧", 1000));

        var response = await SignedIn(Guid.NewGuid()).PostAsJsonAsync("/api/v1/posts", new { content });

        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task CreatePost_1001Characters_Returns422()
    {
        var response = await SignedIn(Guid.NewGuid()).PostAsJsonAsync("/api/v1/posts", new { content = new string('a', 1001) });

        await response.ShouldBeErrorAsync(HttpStatusCode.UnprocessableEntity, "VALIDATION_ERROR");
    }

    [Fact]
    public async Task CreatePost_QuoteOfPost_ReturnsQuotedPostOneLevel()
    {
        var client = SignedIn(Guid.NewGuid());
        var original = await CreateAsync(client, "Original $NVDA");

        var quote = await client.PostAsJsonAsync("/api/v1/posts", new { content = "", quoted_post_id = original })
            .ReadJsonAsync(HttpStatusCode.Created);

        quote.GetProperty("quoted_post").GetProperty("id").GetGuid().Should().Be(original);
        quote.GetProperty("quoted_post").GetProperty("quoted_post").ValueKind.Should().Be(JsonValueKind.Null);
        var refreshed = await Anonymous.GetAsync($"/api/v1/posts/{original}").ReadJsonAsync();
        refreshed.GetProperty("stats").GetProperty("quotes").GetInt32().Should().Be(1);
    }

    [Fact]
    public async Task CreatePost_QuoteOfUnknownPost_Returns404()
    {
        var response = await SignedIn(Guid.NewGuid()).PostAsJsonAsync("/api/v1/posts", new { content = "hm", quoted_post_id = Guid.NewGuid() });

        await response.ShouldBeErrorAsync(HttpStatusCode.NotFound, "NOT_FOUND");
    }

    [Fact]
    public async Task GetPost_Deleted_Returns404AndQuoteShowsNull()
    {
        var author = SignedIn(Guid.NewGuid());
        var original = await CreateAsync(author, "soon gone");
        var quoteId = await CreateAsync(SignedIn(Guid.NewGuid()), "quoting", original);

        (await author.DeleteAsync($"/api/v1/posts/{original}")).StatusCode.Should().Be(HttpStatusCode.NoContent);

        await (await Anonymous.GetAsync($"/api/v1/posts/{original}")).ShouldBeErrorAsync(HttpStatusCode.NotFound, "NOT_FOUND");
        var quote = await Anonymous.GetAsync($"/api/v1/posts/{quoteId}").ReadJsonAsync();
        quote.GetProperty("quoted_post").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public async Task DeletePost_ByOtherUser_Returns403()
    {
        var postId = await CreateAsync(SignedIn(Guid.NewGuid()), "mine");

        var response = await SignedIn(Guid.NewGuid()).DeleteAsync($"/api/v1/posts/{postId}");

        await response.ShouldBeErrorAsync(HttpStatusCode.Forbidden, "PERMISSION_DENIED");
    }

    [Fact]
    public async Task DeletePost_ByAdmin_Returns204()
    {
        var postId = await CreateAsync(SignedIn(Guid.NewGuid()), "moderate me");
        var admin = Factory.CreateUserClient(Guid.NewGuid(), "mod@example.com", appRole: "admin");

        var response = await admin.DeleteAsync($"/api/v1/posts/{postId}");

        response.StatusCode.Should().Be(HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task ListPosts_PagesNewestFirstWithoutGapsOrDuplicates()
    {
        var client = SignedIn(Guid.NewGuid());
        var created = new List<Guid>();
        for (var i = 0; i < 7; i++)
        {
            created.Add(await CreateAsync(client, $"post {i}"));
        }

        var seen = new List<Guid>();
        string? cursor = null;
        do
        {
            var page = await Anonymous.GetAsync($"/api/v1/posts?limit=3{(cursor is null ? "" : "&cursor=" + cursor)}").ReadJsonAsync();
            seen.AddRange(page.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetGuid()));
            cursor = page.GetProperty("next_cursor").GetString();
            if (seen.Count == 3)
            {
                await CreateAsync(client, "arrives while paging"); // must not shift the next pages
            }
        }
        while (cursor is not null);

        seen.Should().Equal(Enumerable.Reverse(created));
    }

    [Fact]
    public async Task ListPosts_ByTickerAndAuthor_Filters()
    {
        var alice = Guid.NewGuid();
        await CreateAsync(SignedIn(alice), "$AMD to the moon");
        await CreateAsync(SignedIn(Guid.NewGuid()), "$AMD meh");
        await CreateAsync(SignedIn(alice), "no tickers");

        var byTicker = await Anonymous.GetAsync("/api/v1/posts?ticker=amd").ReadJsonAsync();
        var byAuthor = await Anonymous.GetAsync($"/api/v1/users/{alice}/posts").ReadJsonAsync();

        byTicker.GetProperty("items").GetArrayLength().Should().Be(2);
        byAuthor.GetProperty("items").GetArrayLength().Should().Be(2);
    }

    [Theory]
    [InlineData("limit=0")]
    [InlineData("limit=101")]
    [InlineData("cursor=garbage")]
    [InlineData("ticker=$100")]
    [InlineData("author_id=not-a-guid")]
    public async Task ListPosts_BadQuery_Returns422(string query)
    {
        var response = await Anonymous.GetAsync($"/api/v1/posts?{query}");

        await response.ShouldBeErrorAsync(HttpStatusCode.UnprocessableEntity, "VALIDATION_ERROR");
    }

    [Fact]
    public async Task ListPosts_PageOf1AndPageOf50_UseTheSameNumberOfQueries()
    {
        var authors = Enumerable.Range(0, 5).Select(_ => SignedIn(Guid.NewGuid())).ToList();
        Guid? previous = null;
        for (var i = 0; i < 50; i++)
        {
            var content = i % 3 == 0 ? $"$T{i % 7}X poll time" : $"post {i} $AAPL";
            var body = i % 3 == 0
                ? (object)new { content, poll = new { options = new[] { "a", "b" }, duration_hours = 24 } }
                : new { content, quoted_post_id = previous };
            var created = await authors[i % 5].PostAsJsonAsync("/api/v1/posts", body).ReadJsonAsync(HttpStatusCode.Created);
            previous = created.GetProperty("id").GetGuid();
        }

        var viewer = authors[0];
        var one = await CountQueriesAsync(() => viewer.GetAsync("/api/v1/posts?limit=1"));
        var fifty = await CountQueriesAsync(() => viewer.GetAsync("/api/v1/posts?limit=50"));

        fifty.Should().Be(one).And.BeLessThan(15);
    }

    private async Task<int> CountQueriesAsync(Func<Task<HttpResponseMessage>> request)
    {
        using var counter = new SqlCommandCounter(Factory.ConnectionString);
        (await request()).StatusCode.Should().Be(HttpStatusCode.OK);
        counter.Statements.Should().BePositive("the counter must see this host's statements");
        return counter.Statements;
    }

    private static async Task<Guid> CreateAsync(HttpClient client, string content, Guid? quotedPostId = null)
    {
        var json = await client.PostAsJsonAsync("/api/v1/posts", new { content, quoted_post_id = quotedPostId }).ReadJsonAsync(HttpStatusCode.Created);
        return json.GetProperty("id").GetGuid();
    }
}
