using System.Net;
using PageShare.Api.IntegrationTests.Infrastructure;

namespace PageShare.Api.IntegrationTests.Tickers;

public sealed class ListTickerPostsTests(PageShareApiFactory factory) : ApiTestBase(factory)
{
    private readonly TickerTestData _data = new(factory);

    [Fact]
    public async Task ListTickerPosts_PagesNewestFirstWithoutDeletedPosts()
    {
        var author = SignedIn(Guid.NewGuid());
        var expected = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            expected.Add(await _data.PostAsync(SignedIn(Guid.NewGuid()), $"$AMD take {i}"));
        }

        var deleted = await _data.PostAsync(author, "$AMD deleted");
        await TickerTestData.DeleteAsync(author, deleted);
        await _data.PostAsync(author, "$INTC only");

        var seen = new List<Guid>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = await Anonymous.GetAsync($"/api/v1/tickers/$amd/posts?limit=2{(cursor is null ? "" : "&cursor=" + cursor)}").ReadJsonAsync();
            seen.AddRange(page.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetGuid()));
            cursor = page.GetProperty("next_cursor").GetString();
            pages++;
        }
        while (cursor is not null);

        seen.Should().Equal(Enumerable.Reverse(expected));
        pages.Should().Be(3);
    }

    [Fact]
    public async Task ListTickerPosts_PostsCarryAuthorStatsAndTickers()
    {
        await _data.PostAsync(SignedIn(Guid.NewGuid(), "trader@example.com"), "$ES_F and $SPY", "bullish");

        var item = (await Anonymous.GetAsync("/api/v1/tickers/es_f/posts").ReadJsonAsync()).GetProperty("items")[0];

        item.GetProperty("author").GetProperty("username").GetString().Should().Be("trader");
        item.GetProperty("tickers").EnumerateArray().Select(t => t.GetString()).Should().BeEquivalentTo("ES_F", "SPY");
        item.GetProperty("stats").GetProperty("likes").GetInt32().Should().Be(0);
    }

    [Fact]
    public async Task ListTickerPosts_MentionedOnlyByDeletedPosts_ReturnsEmptyPage()
    {
        var author = SignedIn(Guid.NewGuid());
        await TickerTestData.DeleteAsync(author, await _data.PostAsync(author, "$GONE"));

        var page = await Anonymous.GetAsync("/api/v1/tickers/GONE/posts").ReadJsonAsync();

        page.GetProperty("items").GetArrayLength().Should().Be(0);
        page.GetProperty("next_cursor").GetString().Should().BeNull();
    }

    [Theory]
    [InlineData("/api/v1/tickers/NOPE/posts")]
    [InlineData("/api/v1/tickers/123/posts")]
    public async Task ListTickerPosts_UnknownTicker_Returns404(string path)
    {
        await (await Anonymous.GetAsync(path)).ShouldBeErrorAsync(HttpStatusCode.NotFound, "NOT_FOUND");
    }

    [Theory]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=101", "limit")]
    [InlineData("cursor=garbage", "cursor")]
    public async Task ListTickerPosts_BadQuery_Returns422NamingTheField(string query, string field)
    {
        await _data.PostAsync(SignedIn(Guid.NewGuid()), "$AMD");

        var error = await (await Anonymous.GetAsync($"/api/v1/tickers/AMD/posts?{query}"))
            .ShouldBeErrorAsync(HttpStatusCode.UnprocessableEntity, "VALIDATION_ERROR");

        error.GetProperty("details").GetProperty("fields").TryGetProperty(field, out _).Should().BeTrue(error.ToString());
    }

    [Fact]
    public async Task ListTickerPosts_PageOf1AndPageOf30_UseTheSameNumberOfQueries()
    {
        var authors = Enumerable.Range(0, 3).Select(_ => SignedIn(Guid.NewGuid())).ToList();
        for (var i = 0; i < 30; i++)
        {
            await _data.PostAsync(authors[i % 3], $"$TSLA take {i}", i % 2 == 0 ? "bullish" : null);
        }

        var one = await CountQueriesAsync(() => authors[0].GetAsync("/api/v1/tickers/TSLA/posts?limit=1"));
        var thirty = await CountQueriesAsync(() => authors[0].GetAsync("/api/v1/tickers/TSLA/posts?limit=30"));

        thirty.Should().Be(one);
    }

    private async Task<int> CountQueriesAsync(Func<Task<HttpResponseMessage>> request)
    {
        using var counter = new SqlCommandCounter(Factory.ConnectionString);
        (await request()).StatusCode.Should().Be(HttpStatusCode.OK);
        counter.Count.Should().BePositive("the counter must see this host's queries");
        return counter.Count;
    }
}
