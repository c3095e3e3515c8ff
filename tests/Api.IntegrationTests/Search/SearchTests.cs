using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using PageShare.Api.IntegrationTests.Infrastructure;

namespace PageShare.Api.IntegrationTests.Search;

public sealed class SearchTests(PageShareApiFactory factory) : ApiTestBase(factory)
{
    [Fact]
    public async Task Search_Users_PrefixMatchesBeforeSimilarOnes()
    {
        await InsertUserAsync("jones", "Tom");
        await InsertUserAsync("bigj", "Big Jonas");
        await InsertUserAsync("jonas_k", "K");
        await InsertUserAsync("zed", "Zed");

        var json = await Anonymous.GetAsync("/api/v1/search?q=jonas&type=users").ReadJsonAsync();

        Usernames(json).Should().Equal("jonas_k", "bigj", "jones");
        json.GetProperty("tickers").GetArrayLength().Should().Be(0);
        json.GetProperty("posts").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public async Task Search_Users_TermUnderThreeCharactersMatchesPrefixesOnly()
    {
        // "a_jx" is similar to "jx" (its word "jx" gives all three trigrams) without starting with it.
        await InsertUserAsync("jxtrader", "Q");
        await InsertUserAsync("ajx", "Jxavier");
        await InsertUserAsync("a_jx", "Q");
        await InsertUserAsync("b_jxt", "Q");

        var shortTerm = await Anonymous.GetAsync("/api/v1/search?q=jx&type=users").ReadJsonAsync();
        var longTerm = await Anonymous.GetAsync("/api/v1/search?q=jxt&type=users").ReadJsonAsync();

        Usernames(shortTerm).Should().BeEquivalentTo("jxtrader", "ajx");
        Usernames(longTerm).Should().Equal("jxtrader", "b_jxt");
    }

    [Fact]
    public async Task Search_Users_PagesFromPrefixMatchesIntoSimilarOnes()
    {
        // The first page is served by prefix matches alone; the second crosses into similar ones.
        await InsertUserAsync("jonas_a", "A");
        await InsertUserAsync("jonas_b", "B");
        await InsertUserAsync("jonas_c", "C");
        await InsertUserAsync("bigj", "Big Jonas");

        var first = await Anonymous.GetAsync("/api/v1/search?q=jonas&type=users&limit=2").ReadJsonAsync();
        var cursor = first.GetProperty("next_cursor").GetString();
        var second = await Anonymous.GetAsync($"/api/v1/search?q=jonas&type=users&limit=2&cursor={cursor}").ReadJsonAsync();

        Usernames(first).Should().HaveCount(2).And.OnlyContain(u => u.StartsWith("jonas_"));
        Usernames(second).Should().HaveCount(2).And.EndWith("bigj");
        Usernames(first).Concat(Usernames(second)).Should().OnlyHaveUniqueItems().And.HaveCount(4);
    }

    [Fact]
    public async Task Search_Users_DisplayNamePrefixCountsAsPrefix()
    {
        await InsertUserAsync("marketwizard", "Warren B");
        await InsertUserAsync("warrenx", "X");

        var json = await Anonymous.GetAsync("/api/v1/search?q=Warren&type=users").ReadJsonAsync();

        Usernames(json).Should().BeEquivalentTo("marketwizard", "warrenx");
    }

    [Fact]
    public async Task Search_Users_HidesUsersBlockedEitherWay()
    {
        var viewerId = await ProvisionAsync(SignedIn(Guid.NewGuid(), "viewer@example.com"));
        var blockedByViewer = await InsertUserAsync("trader_a", "A");
        var blockingViewer = await InsertUserAsync("trader_b", "B");
        await InsertUserAsync("trader_c", "C");
        await FilterAsync(viewerId, blockedByViewer, "block");
        await FilterAsync(blockingViewer, viewerId, "block");

        var asViewer = await SignedIn(viewerId).GetAsync("/api/v1/search?q=trader&type=users").ReadJsonAsync();
        var asAnonymous = await Anonymous.GetAsync("/api/v1/search?q=trader&type=users").ReadJsonAsync();

        Usernames(asViewer).Should().Equal("trader_c");
        Usernames(asAnonymous).Should().HaveCount(3);
    }

    [Fact]
    public async Task Search_Users_LimitOne_PagesThroughTheRankingWithoutRepeats()
    {
        foreach (var name in new[] { "alpha1", "alpha2", "alpha3", "alphx" })
        {
            await InsertUserAsync(name, name);
        }

        var first = await Anonymous.GetAsync("/api/v1/search?q=alpha&type=users").ReadJsonAsync();
        var paged = new List<string>();
        string? cursor = null;
        do
        {
            var page = await Anonymous.GetAsync($"/api/v1/search?q=alpha&type=users&limit=1{(cursor is null ? "" : "&cursor=" + cursor)}").ReadJsonAsync();
            paged.AddRange(Usernames(page));
            cursor = page.GetProperty("next_cursor").ValueKind == JsonValueKind.Null ? null : page.GetProperty("next_cursor").GetString();
        }
        while (cursor is not null && paged.Count < 10);

        paged.Should().Equal(Usernames(first));
        paged.Should().HaveCount(4);
    }

    [Fact]
    public async Task Search_Posts_CashtagMatchesTickerExactly()
    {
        var author = SignedIn(Guid.NewGuid());
        var cashtag = await PostAsync(author, "$AAPL to the moon");
        await PostAsync(author, "AAPL without a cashtag");
        await PostAsync(author, "$AAPLX is another ticker");
        var both = await PostAsync(author, "$AAPL and $TSLA moon");

        var single = await Anonymous.GetAsync("/api/v1/search?q=%24aapl&type=posts").ReadJsonAsync();
        var withWords = await Anonymous.GetAsync("/api/v1/search?q=%24AAPL%20%24TSLA%20moon&type=posts").ReadJsonAsync();

        PostIds(single).Should().BeEquivalentTo([cashtag, both]);
        PostIds(withWords).Should().Equal(both);
    }

    [Fact]
    public async Task Search_Posts_RankedByRelevanceThenNewestFirst()
    {
        var author = SignedIn(Guid.NewGuid());
        var older = await PostAsync(author, "earnings call today");
        var strongest = await PostAsync(author, "earnings earnings earnings beat");
        var newer = await PostAsync(author, "earnings season");
        await PostAsync(author, "nothing relevant here");

        var json = await Anonymous.GetAsync("/api/v1/search?q=Earnings&type=posts").ReadJsonAsync();

        PostIds(json).Should().Equal(strongest, newer, older);
    }

    [Fact]
    public async Task Search_Posts_PagedWhileNewMatchesArrive_ReturnsEachOriginalMatchOnceInRankOrder()
    {
        var author = SignedIn(Guid.NewGuid());
        var created = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            created.Add(await PostAsync(author, $"guidance update {i}"));
        }

        var strongest = await PostAsync(author, "guidance guidance guidance raised");
        var expected = new List<Guid> { strongest };
        expected.AddRange(Enumerable.Reverse(created));

        var seen = new List<Guid>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = await Anonymous.GetAsync($"/api/v1/search?q=guidance&type=posts&limit=2{(cursor is null ? "" : "&cursor=" + cursor)}").ReadJsonAsync();
            seen.AddRange(PostIds(page));
            cursor = page.GetProperty("next_cursor").ValueKind == JsonValueKind.Null ? null : page.GetProperty("next_cursor").GetString();
            if (pages++ == 0)
            {
                // Newer matches of equal or higher rank sort before the cursor: later pages neither repeat nor skip.
                await PostAsync(author, "guidance update late");
                await PostAsync(author, "guidance guidance guidance guidance cut");
            }
        }
        while (cursor is not null && pages < 10);

        seen.Should().Equal(expected);
    }

    [Fact]
    public async Task Search_Posts_WebsearchSyntaxExcludesWords()
    {
        var author = SignedIn(Guid.NewGuid());
        var wanted = await PostAsync(author, "buying calls on dips");
        await PostAsync(author, "buying puts on rips");

        var json = await Anonymous.GetAsync("/api/v1/search?q=buying%20-puts&type=posts").ReadJsonAsync();

        PostIds(json).Should().Equal(wanted);
    }

    [Fact]
    public async Task Search_Posts_HidesDeletedMutedAndBlockedAuthors()
    {
        var viewer = SignedIn(Guid.NewGuid(), "viewer@example.com");
        var viewerId = await ProvisionAsync(viewer);
        var muted = SignedIn(Guid.NewGuid(), "muted@example.com");
        var blocking = SignedIn(Guid.NewGuid(), "blocking@example.com");
        var blocked = SignedIn(Guid.NewGuid(), "blocked@example.com");
        var visible = await PostAsync(SignedIn(Guid.NewGuid()), "dividend news");
        var mutedPost = await PostAsync(muted, "dividend news");
        await PostAsync(blocking, "dividend news");
        await PostAsync(blocked, "dividend news");
        var deleted = await PostAsync(viewer, "dividend news");
        (await viewer.DeleteAsync($"/api/v1/posts/{deleted}")).StatusCode.Should().Be(HttpStatusCode.NoContent);
        await FilterAsync(viewerId, await ProvisionAsync(muted), "mute");
        await FilterAsync(await ProvisionAsync(blocking), viewerId, "block");
        await FilterAsync(viewerId, await ProvisionAsync(blocked), "block");

        var asViewer = await viewer.GetAsync("/api/v1/search?q=dividend&type=posts").ReadJsonAsync();
        var asAnonymous = await Anonymous.GetAsync("/api/v1/search?q=dividend&type=posts").ReadJsonAsync();

        PostIds(asViewer).Should().Equal(visible);
        PostIds(asAnonymous).Should().HaveCount(4).And.Contain(mutedPost).And.NotContain(deleted);
    }

    [Fact]
    public async Task Search_Tickers_ExactThenPrefixThenName()
    {
        var author = SignedIn(Guid.NewGuid());
        await PostAsync(author, "$AA and $AAL");
        await PostAsync(author, "$AAL again");
        await PostAsync(author, "$MSFT and $BAA");
        await ExecuteAsync("UPDATE tickers SET name = 'Microsoft AA Corp' WHERE symbol = 'MSFT'");

        var json = await Anonymous.GetAsync("/api/v1/search?q=%24aa&type=tickers").ReadJsonAsync();

        var tickers = json.GetProperty("tickers").EnumerateArray().ToList();
        tickers.Select(t => t.GetProperty("symbol").GetString()).Should().Equal("AA", "AAL", "MSFT");
        tickers[1].GetProperty("posts_count").GetInt32().Should().Be(2);
        tickers[2].GetProperty("name").GetString().Should().Be("Microsoft AA Corp");
    }

    [Fact]
    public async Task Search_All_FillsEveryListCappedByLimit()
    {
        await InsertUserAsync("nvda_fan", "N");
        await InsertUserAsync("nvda_bull", "N2");
        var author = SignedIn(Guid.NewGuid());
        await PostAsync(author, "$NVDA earnings");
        await PostAsync(author, "more $NVDA");

        var json = await Anonymous.GetAsync("/api/v1/search?q=nvda&limit=1").ReadJsonAsync();

        json.GetProperty("users").GetArrayLength().Should().Be(1);
        json.GetProperty("tickers").EnumerateArray().Single().GetProperty("symbol").GetString().Should().Be("NVDA");
        json.GetProperty("posts").GetArrayLength().Should().Be(1);
        json.GetProperty("next_cursor").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Theory]
    [InlineData("", "q")]
    [InlineData("q=", "q")]
    [InlineData("q=%20%20", "q")]
    [InlineData("q=abc&type=everything", "type")]
    [InlineData("q=abc&limit=0", "limit")]
    [InlineData("q=abc&limit=101", "limit")]
    [InlineData("q=abc&cursor=AQ", "cursor")]
    [InlineData("q=abc&type=users&cursor=not-a-cursor", "cursor")]
    public async Task Search_InvalidInput_Returns422NamingTheField(string query, string field)
    {
        var response = await Anonymous.GetAsync($"/api/v1/search?{query}");

        var error = await response.ShouldBeErrorAsync(HttpStatusCode.UnprocessableEntity, "VALIDATION_ERROR");
        error.GetProperty("details").GetProperty("fields").TryGetProperty(field, out _).Should().BeTrue(error.ToString());
    }

    [Fact]
    public async Task Search_QueryOf101Characters_Returns422AndOf100Returns200()
    {
        var tooLong = await Anonymous.GetAsync($"/api/v1/search?q={new string('a', 101)}");
        var longest = await Anonymous.GetAsync($"/api/v1/search?q={new string('a', 100)}");

        await tooLong.ShouldBeErrorAsync(HttpStatusCode.UnprocessableEntity, "VALIDATION_ERROR");
        longest.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Search_CursorOfAnotherType_Returns422()
    {
        await InsertUserAsync("beta1", "b");
        await InsertUserAsync("beta2", "b");
        var users = await Anonymous.GetAsync("/api/v1/search?q=beta&type=users&limit=1").ReadJsonAsync();
        var cursor = users.GetProperty("next_cursor").GetString();

        var response = await Anonymous.GetAsync($"/api/v1/search?q=beta&type=posts&cursor={cursor}");

        await response.ShouldBeErrorAsync(HttpStatusCode.UnprocessableEntity, "VALIDATION_ERROR");
    }

    [Fact]
    public async Task Search_LikeWildcardsInQuery_AreLiteral()
    {
        await InsertUserAsync("abc_def", "x");
        await InsertUserAsync("abcxdef", "y");

        var json = await Anonymous.GetAsync("/api/v1/search?q=abc_d&type=users").ReadJsonAsync();

        Usernames(json).First().Should().Be("abc_def");
    }

    private static List<string> Usernames(JsonElement json) =>
        json.GetProperty("users").EnumerateArray().Select(u => u.GetProperty("username").GetString()!).ToList();

    private static List<Guid> PostIds(JsonElement json) =>
        json.GetProperty("posts").EnumerateArray().Select(p => p.GetProperty("id").GetGuid()).ToList();

    private static async Task<Guid> PostAsync(HttpClient client, string content) =>
        (await client.PostAsJsonAsync("/api/v1/posts", new { content }).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();

    private static async Task<Guid> ProvisionAsync(HttpClient client) =>
        (await client.GetAsync("/api/v1/users/me").ReadJsonAsync()).GetProperty("id").GetGuid();

    private async Task<Guid> InsertUserAsync(string username, string displayName)
    {
        var id = Guid.NewGuid();
        await ExecuteAsync("INSERT INTO users (id, username, display_name) VALUES (@id, @username, @display)",
            new("id", id), new("username", username), new("display", displayName));
        return id;
    }

    private Task FilterAsync(Guid userId, Guid targetUserId, string kind) =>
        ExecuteAsync("INSERT INTO content_filters (user_id, target_user_id, kind) VALUES (@user, @target, @kind)",
            new("user", userId), new("target", targetUserId), new("kind", kind));

    private async Task ExecuteAsync(string sql, params NpgsqlParameter[] parameters)
    {
        await using var connection = new NpgsqlConnection(Factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddRange(parameters);
        await command.ExecuteNonQueryAsync();
    }
}
