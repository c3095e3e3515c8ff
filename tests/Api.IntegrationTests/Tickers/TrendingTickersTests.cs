using System.Net;
using System.Text.Json;
using PageShare.Api.IntegrationTests.Infrastructure;

namespace PageShare.Api.IntegrationTests.Tickers;

public sealed class TrendingTickersTests(PageShareApiFactory factory) : ApiTestBase(factory)
{
    private readonly TickerTestData _data = new(factory);

    [Fact]
    public async Task Trending_OneAuthorSpamming_CountsThatAuthorOnce()
    {
        var spammer = SignedIn(Guid.NewGuid());
        for (var i = 0; i < 5; i++)
        {
            await _data.PostAsync(spammer, $"$PUMP to the moon {i}");
        }

        await _data.PostAsync(SignedIn(Guid.NewGuid()), "$AAPL earnings");
        await _data.PostAsync(SignedIn(Guid.NewGuid()), "$AAPL services beat");

        var items = await TrendingAsync("");

        items.Select(Row).Should().Equal(("AAPL", 2, 2), ("PUMP", 1, 5));
    }

    [Fact]
    public async Task Trending_Ties_BreakByPostsThenSymbol()
    {
        var author = SignedIn(Guid.NewGuid());
        await _data.PostAsync(author, "$MSFT one");
        await _data.PostAsync(author, "$MSFT two");
        await _data.PostAsync(author, "$BBB and $AAA and $BRK.B");

        var items = await TrendingAsync("");

        items.Select(Row).Should().Equal(("MSFT", 1, 2), ("AAA", 1, 1), ("BBB", 1, 1), ("BRK.B", 1, 1));
    }

    [Fact]
    public async Task Trending_Windows_CountOnlyPostsInsideThem()
    {
        var author = SignedIn(Guid.NewGuid());
        await _data.PostAsync(author, "$NOW fresh");
        await _data.AgeAsync(await _data.PostAsync(author, "$HOURS a while ago"), TimeSpan.FromHours(3));
        await _data.AgeAsync(await _data.PostAsync(author, "$DAYS earlier this week"), TimeSpan.FromDays(3));
        await _data.AgeAsync(await _data.PostAsync(author, "$WEEKS long ago"), TimeSpan.FromDays(8));

        (await TrendingAsync("window=1h")).Select(Symbol).Should().BeEquivalentTo("NOW");
        (await TrendingAsync("window=24h")).Select(Symbol).Should().BeEquivalentTo("NOW", "HOURS");
        (await TrendingAsync("")).Select(Symbol).Should().BeEquivalentTo("NOW", "HOURS");
        (await TrendingAsync("window=7d")).Select(Symbol).Should().BeEquivalentTo("NOW", "HOURS", "DAYS");
    }

    [Fact]
    public async Task Trending_DeletedPosts_AreNotCounted()
    {
        var author = SignedIn(Guid.NewGuid());
        await TickerTestData.DeleteAsync(author, await _data.PostAsync(author, "$TSLA gone"));
        var other = SignedIn(Guid.NewGuid());
        await TickerTestData.DeleteAsync(other, await _data.PostAsync(other, "$TSLA also gone"));
        await _data.PostAsync(SignedIn(Guid.NewGuid()), "$TSLA stays and $F");

        var items = await TrendingAsync("window=7d");

        items.Select(Row).Should().Equal(("F", 1, 1), ("TSLA", 1, 1));
    }

    [Fact]
    public async Task Trending_Limit_CapsTheListAndReportsTheWindow()
    {
        var author = SignedIn(Guid.NewGuid());
        await _data.PostAsync(author, "$AA $BB $CC $DD");

        var json = await Anonymous.GetAsync("/api/v1/tickers/trending?window=7d&limit=3").ReadJsonAsync();

        json.GetProperty("window").GetString().Should().Be("7d");
        json.GetProperty("items").EnumerateArray().Select(Symbol).Should().Equal("AA", "BB", "CC");
        json.GetProperty("items")[0].GetProperty("name").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public async Task Trending_NoPosts_ReturnsEmptyListWithDefaultWindow()
    {
        var json = await Anonymous.GetAsync("/api/v1/tickers/trending").ReadJsonAsync();

        json.GetProperty("window").GetString().Should().Be("24h");
        json.GetProperty("items").GetArrayLength().Should().Be(0);
    }

    [Theory]
    [InlineData("window=30d", "window")]
    [InlineData("window=24H", "window")]
    [InlineData("window=", "window")]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=51", "limit")]
    public async Task Trending_BadQuery_Returns422NamingTheField(string query, string field)
    {
        var error = await (await Anonymous.GetAsync($"/api/v1/tickers/trending?{query}"))
            .ShouldBeErrorAsync(HttpStatusCode.UnprocessableEntity, "VALIDATION_ERROR");

        error.GetProperty("details").GetProperty("fields").TryGetProperty(field, out _).Should().BeTrue(error.ToString());
    }

    private static string Symbol(JsonElement item) => item.GetProperty("symbol").GetString()!;

    private static (string, int, int) Row(JsonElement item) =>
        (Symbol(item), item.GetProperty("mentions").GetInt32(), item.GetProperty("posts").GetInt32());

    private async Task<List<JsonElement>> TrendingAsync(string query)
    {
        var json = await Anonymous.GetAsync($"/api/v1/tickers/trending?{query}").ReadJsonAsync();
        return json.GetProperty("items").EnumerateArray().ToList();
    }
}
