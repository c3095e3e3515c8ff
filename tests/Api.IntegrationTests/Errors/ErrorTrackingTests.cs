using System.Net;
using System.Net.Http.Json;
using System.Text;
using Npgsql;
using PageShare.Api.IntegrationTests.Infrastructure;

namespace PageShare.Api.IntegrationTests.Errors;

/// <summary>POST /errors/log, GET /errors and PATCH /errors/{id}/resolve (rate limits: ErrorReportRateLimitTests).</summary>
public sealed class ErrorTrackingTests(PageShareApiFactory factory) : ApiTestBase(factory)
{
    private const string Stack = "TypeError: x is undefined\n    at renderPost (https://app.example/post.js:12:34)\n    at renderFeed (https://app.example/feed.js:5:6)";

    private HttpClient Admin() => Factory.CreateUserClient(Guid.NewGuid(), "ops@example.com", appRole: "admin");

    [Fact]
    public async Task LogError_Anonymous_Returns202AndStoresTheReport()
    {
        var response = await Anonymous.PostAsJsonAsync("/api/v1/errors/log", new
        {
            message = "x is undefined",
            stack = Stack,
            url = "https://app.example/feed?tab=following",
            user_agent = "Mozilla/5.0",
            context = new { component = "Feed", build = 42 },
            level = "warning",
        });

        response.StatusCode.Should().Be(HttpStatusCode.Accepted);
        var error = (await Admin().GetAsync("/api/v1/errors").ReadJsonAsync()).GetProperty("items").EnumerateArray().Single();
        error.GetProperty("source").GetString().Should().Be("frontend");
        error.GetProperty("level").GetString().Should().Be("warning");
        error.GetProperty("message").GetString().Should().Be("x is undefined");
        error.GetProperty("stack").GetString().Should().Be(Stack);
        error.GetProperty("url").GetString().Should().Be("https://app.example/feed?tab=following");
        error.GetProperty("user_agent").GetString().Should().Be("Mozilla/5.0");
        error.GetProperty("context").GetProperty("component").GetString().Should().Be("Feed");
        error.GetProperty("context").GetProperty("build").GetInt32().Should().Be(42);
        error.GetProperty("user_id").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null);
        error.GetProperty("occurrences").GetInt32().Should().Be(1);
        error.GetProperty("resolved").GetBoolean().Should().BeFalse();
        error.GetProperty("last_seen_at").GetString().Should().EndWith("Z");
    }

    [Fact]
    public async Task LogError_SignedIn_StoresTheUserButNoTokensOrAddresses()
    {
        var userId = Guid.NewGuid();
        var client = SignedIn(userId);
        var token = TestAuth.TokenFor(userId);

        (await client.PostAsJsonAsync("/api/v1/errors/log", new
        {
            message = $"request failed with Bearer {token}",
            url = $"https://app.example/auth/callback#access_token={token}&type=recovery",
            context = new { access_token = "abc123secret", client_ip = "203.0.113.9", note = "from 198.51.100.7", peer = "198.51.100.7" },
        })).StatusCode.Should().Be(HttpStatusCode.Accepted);

        var error = (await Admin().GetAsync("/api/v1/errors").ReadJsonAsync()).GetProperty("items").EnumerateArray().Single();
        var stored = error.ToString();
        error.GetProperty("user_id").GetGuid().Should().Be(userId);
        stored.Should().NotContain(token).And.NotContain("abc123secret").And.NotContain("203.0.113.9");
        error.GetProperty("context").GetProperty("peer").GetString().Should().Be("[REDACTED]");
        error.GetProperty("url").GetString().Should().Contain("type=recovery");
    }

    [Fact]
    public async Task LogError_Flood_IsOneGroupWithItsOccurrenceCount()
    {
        var client = Anonymous;
        for (var i = 0; i < 200; i++)
        {
            // The same failure from different callers (second frame) is the same error.
            var stack = Stack.Replace("renderFeed", $"caller{i % 7}", StringComparison.Ordinal);
            (await client.PostAsJsonAsync("/api/v1/errors/log", new { message = "x is undefined", stack }))
                .StatusCode.Should().Be(HttpStatusCode.Accepted);
        }

        (await client.PostAsJsonAsync("/api/v1/errors/log", new { message = "another failure" })).StatusCode.Should().Be(HttpStatusCode.Accepted);

        (await CountAsync("select count(*) from error_logs")).Should().Be(2);
        var items = (await Admin().GetAsync("/api/v1/errors").ReadJsonAsync()).GetProperty("items").EnumerateArray().ToList();
        items.Select(e => e.GetProperty("message").GetString()).Should().Equal("another failure", "x is undefined");
        items[1].GetProperty("occurrences").GetInt32().Should().Be(200);
    }

    [Theory]
    [InlineData("""{"stack": "at f (a.js:1:1)"}""", "message")]
    [InlineData("""{"message": "   "}""", "message")]
    [InlineData("""{"message": "LONG"}""", "message")]
    [InlineData("""{"message": "m", "url": "LONG"}""", "url")]
    [InlineData("""{"message": "m", "context": [1, 2]}""", "context")]
    [InlineData("""{"message": "m", "level": "catastrophic"}""", "level")]
    [InlineData("""{"message": 42}""", "message")]
    public async Task LogError_InvalidInput_Returns422NamingTheField(string body, string field)
    {
        var content = new StringContent(body.Replace("LONG", new string('a', 2001), StringComparison.Ordinal), Encoding.UTF8, "application/json");

        var response = await Anonymous.PostAsync("/api/v1/errors/log", content);

        var error = await response.ShouldBeErrorAsync(HttpStatusCode.UnprocessableEntity, "VALIDATION_ERROR");
        error.GetProperty("details").GetProperty("fields").TryGetProperty(field, out _).Should().BeTrue(error.ToString());
    }

    [Fact]
    public async Task LogError_Over16KiB_Returns413()
    {
        var response = await Anonymous.PostAsJsonAsync("/api/v1/errors/log", new { message = "m", stack = new string('s', 16 * 1024) });

        await response.ShouldBeErrorAsync(HttpStatusCode.RequestEntityTooLarge, "PAYLOAD_TOO_LARGE");
        (await CountAsync("select count(*) from error_logs")).Should().Be(0);
    }

    [Fact]
    public async Task ErrorsAdminEndpoints_Anonymous_Return401()
    {
        await (await Anonymous.GetAsync("/api/v1/errors")).ShouldBeErrorAsync(HttpStatusCode.Unauthorized, "AUTH_REQUIRED");
        await (await Anonymous.PatchAsync($"/api/v1/errors/{Guid.NewGuid()}/resolve", null))
            .ShouldBeErrorAsync(HttpStatusCode.Unauthorized, "AUTH_REQUIRED");
    }

    [Fact]
    public async Task ErrorsAdminEndpoints_NormalUser_Return403()
    {
        var errorId = await ReportAsync("boom");
        var user = SignedIn(Guid.NewGuid());

        await (await user.GetAsync("/api/v1/errors")).ShouldBeErrorAsync(HttpStatusCode.Forbidden, "PERMISSION_DENIED");
        await (await user.PatchAsync($"/api/v1/errors/{errorId}/resolve", null)).ShouldBeErrorAsync(HttpStatusCode.Forbidden, "PERMISSION_DENIED");
        (await CountAsync("select count(*) from error_logs where resolved")).Should().Be(0);
    }

    [Fact]
    public async Task ErrorsAdminEndpoints_StoredAdminRole_Allowed()
    {
        var userId = Guid.NewGuid();
        var client = SignedIn(userId);
        (await client.GetAsync("/api/v1/users/me")).StatusCode.Should().Be(HttpStatusCode.OK);
        await ExecuteAsync($"update users set role = 'admin' where id = '{userId}'");
        var errorId = await ReportAsync("boom");

        (await client.GetAsync("/api/v1/errors").ReadJsonAsync()).GetProperty("items").GetArrayLength().Should().Be(1);
        (await client.PatchAsync($"/api/v1/errors/{errorId}/resolve", null).ReadJsonAsync()).GetProperty("resolved_by").GetGuid().Should().Be(userId);
    }

    [Fact]
    public async Task Resolve_IsIdempotentAndARecurrenceOpensANewGroup()
    {
        var admin = Admin();
        var errorId = await ReportAsync("boom");

        var first = await admin.PatchAsync($"/api/v1/errors/{errorId}/resolve", null).ReadJsonAsync();
        var second = await admin.PatchAsync($"/api/v1/errors/{errorId}/resolve", null).ReadJsonAsync();
        var recurrence = await ReportAsync("boom");

        first.GetProperty("id").GetGuid().Should().Be(errorId);
        first.GetProperty("resolved").GetBoolean().Should().BeTrue();
        second.GetProperty("resolved_at").GetString().Should().Be(first.GetProperty("resolved_at").GetString());
        recurrence.Should().NotBe(errorId);
        var open = (await admin.GetAsync("/api/v1/errors?resolved=false").ReadJsonAsync()).GetProperty("items").EnumerateArray().ToList();
        open.Select(e => e.GetProperty("id").GetGuid()).Should().Equal(recurrence);
        var resolved = (await admin.GetAsync("/api/v1/errors?resolved=true").ReadJsonAsync()).GetProperty("items").EnumerateArray().ToList();
        resolved.Select(e => e.GetProperty("id").GetGuid()).Should().Equal(errorId);
    }

    [Fact]
    public async Task Resolve_UnknownError_Returns404()
    {
        var response = await Admin().PatchAsync($"/api/v1/errors/{Guid.NewGuid()}/resolve", null);

        await response.ShouldBeErrorAsync(HttpStatusCode.NotFound, "NOT_FOUND");
    }

    [Fact]
    public async Task ListErrors_PagesByLastSeenAndFiltersBySource()
    {
        var admin = Admin();
        var first = await ReportAsync("first");
        var second = await ReportAsync("second");
        var third = await ReportAsync("third");
        await ReportAsync("first"); // seen again: now the most recent
        await ExecuteAsync($"update error_logs set source = 'backend' where id = '{second}'");

        var ids = new List<Guid>();
        string? cursor = null;
        do
        {
            var page = await admin.GetAsync($"/api/v1/errors?limit=2{(cursor is null ? "" : "&cursor=" + cursor)}").ReadJsonAsync();
            ids.AddRange(page.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("id").GetGuid()));
            cursor = page.GetProperty("next_cursor").GetString();
        }
        while (cursor is not null);

        ids.Should().Equal(first, third, second);
        var frontend = (await admin.GetAsync("/api/v1/errors?source=frontend").ReadJsonAsync()).GetProperty("items").EnumerateArray();
        frontend.Select(e => e.GetProperty("id").GetGuid()).Should().Equal(first, third);
        var backend = (await admin.GetAsync("/api/v1/errors?source=backend&resolved=false").ReadJsonAsync()).GetProperty("items").EnumerateArray();
        backend.Select(e => e.GetProperty("id").GetGuid()).Should().Equal(second);
    }

    [Theory]
    [InlineData("source=browser", "source")]
    [InlineData("resolved=maybe", "resolved")]
    [InlineData("limit=0", "limit")]
    [InlineData("cursor=not-a-cursor", "cursor")]
    public async Task ListErrors_BadFilter_Returns422(string query, string field)
    {
        var response = await Admin().GetAsync($"/api/v1/errors?{query}");

        var error = await response.ShouldBeErrorAsync(HttpStatusCode.UnprocessableEntity, "VALIDATION_ERROR");
        error.GetProperty("details").GetProperty("fields").TryGetProperty(field, out _).Should().BeTrue(error.ToString());
    }

    private async Task<Guid> ReportAsync(string message)
    {
        (await Anonymous.PostAsJsonAsync("/api/v1/errors/log", new { message })).StatusCode.Should().Be(HttpStatusCode.Accepted);
        await using var connection = new NpgsqlConnection(Factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select id from error_logs where message = @m and not resolved", connection);
        command.Parameters.AddWithValue("m", message);
        return (Guid)(await command.ExecuteScalarAsync())!;
    }

    private async Task<long> CountAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(Factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(Factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
