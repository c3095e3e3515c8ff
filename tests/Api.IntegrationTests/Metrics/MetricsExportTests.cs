using System.Net;
using System.Text.Json;
using PageShare.Api.IntegrationTests.Infrastructure;

namespace PageShare.Api.IntegrationTests.Metrics;

public sealed class MetricsExportTests(PageShareApiFactory factory) : ApiTestBase(factory)
{
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    private HttpClient Admin() => Factory.CreateUserClient(Guid.NewGuid(), "ops@example.com", appRole: "admin");

    [Fact]
    public async Task ExportCsv_Range_ReturnsRfc4180FileWithHeaderAndOneRowPerDay()
    {
        var from = Today.AddDays(-2);
        var response = await Admin().GetAsync($"/api/v1/metrics/export?format=csv&from={from:yyyy-MM-dd}&to={Today:yyyy-MM-dd}");

        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK, text);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/csv");
        response.Content.Headers.ContentDisposition!.DispositionType.Should().Be("attachment");
        response.Content.Headers.ContentDisposition.FileName.Should().Be($"pageshare-metrics-{from:yyyy-MM-dd}-to-{Today:yyyy-MM-dd}.csv");
        text.Should().EndWith("\r\n");
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].Should().Be("day,dau,wau,mau,signups,users_total,posts,comments,reactions,reposts,follows,poll_votes");
        lines.Skip(1).Select(l => l.Split(',')[0]).Should().Equal(
            from.ToString("yyyy-MM-dd", null), from.AddDays(1).ToString("yyyy-MM-dd", null), Today.ToString("yyyy-MM-dd", null));
    }

    [Fact]
    public async Task ExportJson_NoParameters_Returns30DaysEndingToday()
    {
        var body = await Admin().GetAsync("/api/v1/metrics/export").ReadJsonAsync();

        body.GetProperty("to").GetString().Should().Be(Today.ToString("yyyy-MM-dd", null));
        body.GetProperty("from").GetString().Should().Be(Today.AddDays(-29).ToString("yyyy-MM-dd", null));
        var days = body.GetProperty("days").EnumerateArray().ToList();
        days.Should().HaveCount(30);
        days[0].EnumerateObject().Select(p => p.Name).Should().Equal(
            "day", "dau", "wau", "mau", "signups", "users_total", "posts", "comments", "reactions", "reposts", "follows", "poll_votes");
    }

    [Fact]
    public async Task Export_366Days_Returns200()
    {
        var body = await Admin().GetAsync($"/api/v1/metrics/export?from={Today.AddDays(-365):yyyy-MM-dd}&to={Today:yyyy-MM-dd}").ReadJsonAsync();

        body.GetProperty("days").GetArrayLength().Should().Be(366);
    }

    public static TheoryData<string, string> InvalidQueries => new()
    {
        { $"from={Today.AddDays(-366):yyyy-MM-dd}&to={Today:yyyy-MM-dd}", "from" },
        { $"from={Today:yyyy-MM-dd}&to={Today.AddDays(-1):yyyy-MM-dd}", "from" },
        { $"to={Today.AddDays(1):yyyy-MM-dd}", "to" },
        { "from=2026-02-30", "from" },
        { "to=yesterday", "to" },
        { "from=15/03/2026", "from" },
        { "format=xlsx", "format" },
    };

    [Theory]
    [MemberData(nameof(InvalidQueries))]
    public async Task Export_InvalidQuery_Returns422NamingTheField(string query, string field)
    {
        var error = await (await Admin().GetAsync($"/api/v1/metrics/export?{query}"))
            .ShouldBeErrorAsync(HttpStatusCode.UnprocessableEntity, "VALIDATION_ERROR");

        error.GetProperty("details").GetProperty("fields").TryGetProperty(field, out _).Should().BeTrue(error.ToString());
    }

    [Fact]
    public async Task Dashboard_Admin_HasEveryGroupIncludingHealth()
    {
        var admin = Admin();
        var health = await admin.GetAsync("/api/v1/metrics/health").ReadJsonAsync();
        var body = await admin.GetAsync("/api/v1/metrics/dashboard").ReadJsonAsync();

        body.EnumerateObject().Select(p => p.Name).Should().Equal("users", "engagement", "growth", "trending", "health");
        body.GetProperty("health").EnumerateObject().Select(p => p.Name).Should()
            .Equal(health.EnumerateObject().Select(p => p.Name));
        body.GetProperty("health").GetProperty("database").GetProperty("size_bytes").GetInt64().Should().BePositive();
        body.GetProperty("growth").GetProperty("viral_coefficient").GetProperty("formula").GetString().Should().StartWith("K = ");
    }
}
