using System.Net;
using System.Text.Json;
using PageShare.Api.IntegrationTests.Infrastructure;

namespace PageShare.Api.IntegrationTests.Tickers;

public sealed class GetTickerTests(PageShareApiFactory factory) : ApiTestBase(factory)
{
    private readonly TickerTestData _data = new(factory);

    [Fact]
    public async Task GetTicker_MixedPosts_CountsLivePostsAndSevenDaySentimentShares()
    {
        var author = SignedIn(Guid.NewGuid());
        await _data.PostAsync(author, "$NVDA ripping", "bullish");
        await _data.PostAsync(SignedIn(Guid.NewGuid()), "$nvda too extended", "bearish");
        await _data.PostAsync(author, "watching $NVDA");
        var deleted = await _data.PostAsync(author, "$NVDA deleted call", "bullish");
        await TickerTestData.DeleteAsync(author, deleted);
        var threeDaysOld = await _data.PostAsync(author, "$NVDA three days ago", "bullish");
        await _data.AgeAsync(threeDaysOld, TimeSpan.FromDays(3));
        var eightDaysOld = await _data.PostAsync(author, "$NVDA eight days ago", "bearish");
        await _data.AgeAsync(eightDaysOld, TimeSpan.FromDays(8));

        var ticker = await Anonymous.GetAsync("/api/v1/tickers/NVDA").ReadJsonAsync();

        ticker.GetProperty("symbol").GetString().Should().Be("NVDA");
        ticker.GetProperty("name").ValueKind.Should().Be(JsonValueKind.Null);
        ticker.GetProperty("posts_count").GetInt32().Should().Be(5);
        ticker.GetProperty("mentions_24h").GetInt32().Should().Be(3);
        var sentiment = ticker.GetProperty("sentiment_7d");
        sentiment.GetProperty("total").GetInt32().Should().Be(3);
        sentiment.GetProperty("bullish").GetDouble().Should().Be(0.6667);
        sentiment.GetProperty("bearish").GetDouble().Should().Be(0.3333);
        var firstSeen = ticker.GetProperty("first_seen_at").GetDateTimeOffset();
        firstSeen.Should().BeCloseTo(DateTimeOffset.UtcNow.AddDays(-8), TimeSpan.FromMinutes(1));
        ticker.GetProperty("last_mentioned_at").GetString().Should().EndWith("Z");
    }

    [Fact]
    public async Task GetTicker_NoSentimentInSevenDays_ReportsZeroShares()
    {
        await _data.PostAsync(SignedIn(Guid.NewGuid()), "$QQQ no opinion");

        var sentiment = (await Anonymous.GetAsync("/api/v1/tickers/QQQ").ReadJsonAsync()).GetProperty("sentiment_7d");

        sentiment.GetProperty("total").GetInt32().Should().Be(0);
        sentiment.GetProperty("bullish").GetDouble().Should().Be(0);
        sentiment.GetProperty("bearish").GetDouble().Should().Be(0);
    }

    [Fact]
    public async Task GetTicker_OnlyDeletedPosts_StillExistsWithZeroCounts()
    {
        var author = SignedIn(Guid.NewGuid());
        var postId = await _data.PostAsync(author, "$GONE bye", "bearish");
        await TickerTestData.DeleteAsync(author, postId);

        var ticker = await Anonymous.GetAsync("/api/v1/tickers/GONE").ReadJsonAsync();

        ticker.GetProperty("posts_count").GetInt32().Should().Be(0);
        ticker.GetProperty("mentions_24h").GetInt32().Should().Be(0);
        ticker.GetProperty("sentiment_7d").GetProperty("total").GetInt32().Should().Be(0);
    }

    [Theory]
    [InlineData("brk.b")]
    [InlineData("BRK.B")]
    [InlineData("$brk.b")]
    [InlineData("%24BRK.B")]
    [InlineData("%23BRK.B")]
    public async Task GetTicker_AnyCaseOrCashtagPrefix_FindsTheTicker(string symbol)
    {
        await _data.PostAsync(SignedIn(Guid.NewGuid()), "Buffett's $BRK.B");

        var ticker = await Anonymous.GetAsync($"/api/v1/tickers/{symbol}").ReadJsonAsync();

        ticker.GetProperty("symbol").GetString().Should().Be("BRK.B");
    }

    [Theory]
    [InlineData("AAPL")]
    [InlineData("100")]
    [InlineData("WAYTOOLONGSYMBOL")]
    [InlineData("%24%24")]
    public async Task GetTicker_NeverMentionedOrNotASymbol_Returns404(string symbol)
    {
        var response = await Anonymous.GetAsync($"/api/v1/tickers/{symbol}");

        await response.ShouldBeErrorAsync(HttpStatusCode.NotFound, "NOT_FOUND");
    }
}
