using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;
using PageShare.Api.IntegrationTests.Infrastructure;
using PageShare.Application.Search;
using PageShare.Application.Users;
using PageShare.Infrastructure.Persistence.ErrorLogs;
using PageShare.TestSupport.Sentry;

namespace PageShare.Api.IntegrationTests.Errors;

/// <summary>An unhandled exception: one error_logs group, one Sentry event, and a 500 even when the log cannot be written.</summary>
public sealed class BackendErrorLogTests(PageShareApiFactory factory) : ApiTestBase(factory)
{
    [Fact]
    public async Task UnhandledException_WritesOneGroupWithRequestDetails()
    {
        var userId = Guid.NewGuid();
        using var host = Exploding(Factory);
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", TestAuth.TokenFor(userId, "boom@example.com"));

        var first = await client.GetAsync("/api/v1/search?q=tsla&type=users");
        var second = await client.GetAsync("/api/v1/search?q=nvda&type=users");

        await first.ShouldBeErrorAsync(HttpStatusCode.InternalServerError, "INTERNAL_ERROR");
        await second.ShouldBeErrorAsync(HttpStatusCode.InternalServerError, "INTERNAL_ERROR");
        var rows = await ReadRowsAsync();
        var row = rows.Should().ContainSingle().Subject;
        row["source"].Should().Be("backend");
        row["request_id"].Should().Be(first.Headers.GetValues("X-Request-ID").Single());
        row["user_id"].Should().Be(userId);
        row["route"].Should().Be("/api/v1/search");
        row["method"].Should().Be("GET");
        row["status_code"].Should().Be(500);
        row["exception_type"].Should().Be(typeof(InvalidOperationException).FullName);
        row["message"].Should().Be(ExplodingSearch.Message);
        ((string)row["stack"]!).Should().Contain("at ").And.Contain(nameof(ExplodingSearch));
        row["occurrences"].Should().Be(2);
    }

    [Fact]
    public async Task UnhandledException_IsExactlyOneSentryEvent()
    {
        await using var sentry = await FakeSentryServer.StartAsync();
        var host = Exploding(Factory, b => b.UseSetting("SENTRY_DSN", sentry.Dsn));

        await (await host.CreateClient().GetAsync("/api/v1/search?q=tsla&type=users"))
            .ShouldBeErrorAsync(HttpStatusCode.InternalServerError, "INTERNAL_ERROR");
        await sentry.WaitForEnvelopesAsync(1, TimeSpan.FromSeconds(30));
        await host.DisposeAsync(); // flushes the Sentry queue: a second event, queued with the first, would be sent now

        var envelope = sentry.Envelopes.Should().ContainSingle().Subject;
        envelope.Event!.Value.GetProperty("level").GetString().Should().Be("error");
        (await ReadRowsAsync()).Should().ContainSingle();
    }

    [Fact]
    public async Task UnhandledException_ErrorLogDatabaseUnreachable_StillOne500AndOneSentryEvent()
    {
        await using var sentry = await FakeSentryServer.StartAsync();
        var host = Exploding(Factory, b => b.UseSetting("SENTRY_DSN", sentry.Dsn).ConfigureTestServices(services =>
        {
            // Nothing listens on port 1: the write fails at once, as when the database itself is down.
            services.RemoveAll<ErrorLogSettings>();
            services.AddSingleton(new ErrorLogSettings("Host=127.0.0.1;Port=1;Timeout=2;Username=x;Database=x"));
        }));
        var client = host.CreateClient();

        var first = await client.GetAsync("/api/v1/search?q=tsla&type=users");
        var afterwards = await client.GetAsync("/health/live");

        await first.ShouldBeErrorAsync(HttpStatusCode.InternalServerError, "INTERNAL_ERROR");
        afterwards.StatusCode.Should().Be(HttpStatusCode.OK);
        await sentry.WaitForEnvelopesAsync(1, TimeSpan.FromSeconds(30));
        await host.DisposeAsync();
        sentry.Envelopes.Should().ContainSingle();
        (await ReadRowsAsync()).Should().BeEmpty();
    }

    private static WebApplicationFactory<Program> Exploding(PageShareApiFactory factory, Action<Microsoft.AspNetCore.Hosting.IWebHostBuilder>? configure = null) =>
        factory.WithWebHostBuilder(b =>
        {
            b.ConfigureTestServices(s => s.AddScoped<ISearchQueries, ExplodingSearch>());
            configure?.Invoke(b);
        });

    private async Task<List<Dictionary<string, object?>>> ReadRowsAsync()
    {
        await using var connection = new NpgsqlConnection(Factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "select source, request_id, user_id, route, method, status_code, exception_type, message, stack, occurrences from error_logs", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<Dictionary<string, object?>>();
        while (await reader.ReadAsync())
        {
            rows.Add(Enumerable.Range(0, reader.FieldCount)
                .ToDictionary(reader.GetName, i => reader.IsDBNull(i) ? null : reader.GetValue(i)));
        }

        return rows;
    }

    private sealed class ExplodingSearch : ISearchQueries
    {
        public const string Message = "search index is corrupt";

        public Task<IReadOnlyList<SearchHit<UserSummaryDto>>> FindUsersAsync(string term, Guid? viewerId, SearchCursor? after, int take,
            CancellationToken cancellationToken) => throw new InvalidOperationException(Message);

        public Task<IReadOnlyList<SearchHit<TickerSummaryDto>>> FindTickersAsync(string term, SearchCursor? after, int take,
            CancellationToken cancellationToken) => throw new InvalidOperationException(Message);

        public Task<IReadOnlyList<SearchHit<Guid>>> FindPostsAsync(PostSearchTerms terms, Guid? viewerId, SearchCursor? after, int take,
            CancellationToken cancellationToken) => throw new InvalidOperationException(Message);
    }
}
