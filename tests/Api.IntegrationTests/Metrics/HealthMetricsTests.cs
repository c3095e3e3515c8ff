using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using PageShare.Api.IntegrationTests.Infrastructure;
using PageShare.Infrastructure.Persistence;

namespace PageShare.Api.IntegrationTests.Metrics;

public sealed class HealthMetricsTests(PageShareApiFactory factory) : ApiTestBase(factory)
{
    private const string Path = "/api/v1/metrics/health";

    [Fact]
    public async Task GetHealth_NoToken_Returns401() =>
        await (await Anonymous.GetAsync(Path)).ShouldBeErrorAsync(HttpStatusCode.Unauthorized, "AUTH_REQUIRED");

    [Fact]
    public async Task GetHealth_SignedInUser_Returns403() =>
        await (await SignedIn(Guid.NewGuid()).GetAsync(Path)).ShouldBeErrorAsync(HttpStatusCode.Forbidden, "PERMISSION_DENIED");

    [Fact]
    public async Task GetHealth_AnonymousSupabaseUser_Returns403() =>
        await (await Factory.CreateUserClient(Guid.NewGuid(), isAnonymous: true).GetAsync(Path))
            .ShouldBeErrorAsync(HttpStatusCode.Forbidden, "PERMISSION_DENIED");

    [Fact]
    public async Task GetHealth_AdminByRoleColumn_Returns200()
    {
        var adminId = Guid.NewGuid();
        var client = SignedIn(adminId);
        (await client.GetAsync("/api/v1/users/me")).EnsureSuccessStatusCode();
        await ExecuteAsync("update users set role = 'admin' where id = @id", ("id", adminId));

        await client.GetAsync(Path).ReadJsonAsync();
    }

    [Fact]
    public async Task GetHealth_AfterRequests_CountsThemPerRouteTemplate()
    {
        await using var host = Factory.WithWebHostBuilder(_ => { });
        var user = Client(host, Guid.NewGuid());
        for (var i = 0; i < 3; i++)
        {
            (await user.GetAsync("/api/v1/users/me")).EnsureSuccessStatusCode();
        }

        var missing = Guid.NewGuid();
        (await user.GetAsync($"/api/v1/posts/{missing}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await user.GetAsync($"/api/v1/posts/{Guid.NewGuid()}")).StatusCode.Should().Be(HttpStatusCode.NotFound);

        var health = await Client(host, Guid.NewGuid(), admin: true).GetAsync(Path).ReadJsonAsync();

        var routes = health.GetProperty("routes").EnumerateArray().ToDictionary(r => r.GetProperty("route").GetString()!);
        routes.Keys.Should().NotContain(k => k.Contains(missing.ToString(), StringComparison.OrdinalIgnoreCase), "routes are templates, not paths");
        var me = routes["GET /api/v1/users/me"];
        me.GetProperty("requests").GetInt64().Should().Be(3);
        me.GetProperty("error_rate").GetDouble().Should().Be(0);
        me.GetProperty("latency").GetProperty("p50").GetDouble().Should().BePositive();
        var post = routes["GET /api/v1/posts/{postId:guid}"];
        post.GetProperty("requests").GetInt64().Should().Be(2);
        post.GetProperty("client_error_rate").GetDouble().Should().Be(1);
        health.GetProperty("requests").GetInt64().Should().Be(5, "the health request itself is counted when it ends");
        health.GetProperty("client_error_rate").GetDouble().Should().Be(0.4);
        health.GetProperty("error_rate").GetDouble().Should().Be(0);
    }

    [Fact]
    public async Task GetHealth_Admin_ReturnsEveryFigure()
    {
        var adminId = Guid.NewGuid();
        var admin = Factory.CreateUserClient(adminId, "admin@example.com", appRole: "admin");
        (await admin.GetAsync("/api/v1/users/me")).EnsureSuccessStatusCode();
        await ExecuteAsync("""
            insert into media (owner_id, bucket, path, url, content_type, width, height, size_bytes)
            values (@owner, 'post-media', 'a/b.png', 'http://127.0.0.1/a/b.png', 'image/png', 10, 10, 1234),
                   (@owner, 'post-media', 'a/c.png', 'http://127.0.0.1/a/c.png', 'image/png', 10, 10, 766)
            """, ("owner", adminId));

        var health = await admin.GetAsync(Path).ReadJsonAsync();

        health.GetProperty("generated_at").GetDateTimeOffset().Should().BeCloseTo(DateTimeOffset.UtcNow, TimeSpan.FromMinutes(1));
        health.GetProperty("window_minutes").GetInt32().Should().Be(15);
        health.GetProperty("requests").GetInt64().Should().BePositive();
        health.GetProperty("latency").EnumerateObject().Select(p => p.Name).Should().Equal("p50", "p95", "p99");
        health.GetProperty("routes").ValueKind.Should().Be(JsonValueKind.Array);
        var database = health.GetProperty("database");
        database.GetProperty("size_bytes").GetInt64().Should().BePositive();
        database.GetProperty("connections").GetInt32().Should().BePositive();
        var slow = health.GetProperty("slow_queries");
        slow.GetProperty("source").GetString().Should().Be("app", "the test cluster does not preload pg_stat_statements");
        slow.GetProperty("threshold_ms").GetDouble().Should().Be(200);
        slow.GetProperty("items").ValueKind.Should().Be(JsonValueKind.Array);
        var storage = health.GetProperty("storage");
        storage.GetProperty("provider").GetString().Should().Be("local");
        storage.GetProperty("media").GetProperty("objects").GetInt64().Should().Be(2);
        storage.GetProperty("media").GetProperty("bytes").GetInt64().Should().Be(2000);
        storage.GetProperty("profile_pictures").GetProperty("objects").GetInt64().Should().Be(0);
        storage.GetProperty("local_disk_bytes").GetInt64().Should().BeGreaterThanOrEqualTo(0);
    }

    [Fact]
    public async Task GetHealth_QuerySlowerThanThreshold_IsInTheAppSlowQueryLog()
    {
        await using var host = Factory.WithWebHostBuilder(b => b.UseSetting("SLOW_QUERY_THRESHOLD_MS", "150"));
        using (var scope = host.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PageShareDbContext>();
            await db.Database.ExecuteSqlRawAsync("SELECT pg_sleep(0.3), 'not-for-admins@example.com'");
        }

        var health = await Client(host, Guid.NewGuid(), admin: true).GetAsync(Path).ReadJsonAsync();

        var slow = health.GetProperty("slow_queries");
        slow.GetProperty("source").GetString().Should().Be("app");
        slow.GetProperty("threshold_ms").GetDouble().Should().Be(150);
        var items = slow.GetProperty("items").EnumerateArray().ToList();
        items.Should().NotContain(i => i.GetProperty("query").GetString()!.Contains("not-for-admins", StringComparison.Ordinal));
        // Other commands may be slow on a busy machine too: look for ours.
        var entry = items.Should().ContainSingle(i => i.GetProperty("query").GetString() == "SELECT pg_sleep(?), '?'").Subject;
        entry.GetProperty("calls").GetInt64().Should().Be(1);
        entry.GetProperty("max_ms").GetDouble().Should().BeGreaterThanOrEqualTo(300);
    }

    private static HttpClient Client(WebApplicationFactory<Program> host, Guid userId, bool admin = false)
    {
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", TestAuth.TokenFor(userId, appRole: admin ? "admin" : null));
        return client;
    }

    private async Task ExecuteAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(Factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        await command.ExecuteNonQueryAsync();
    }
}
