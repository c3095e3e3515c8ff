using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using PageShare.Api.IntegrationTests.Infrastructure;
using PageShare.Infrastructure.Activity;
using PageShare.TestSupport.Auth;

namespace PageShare.Api.IntegrationTests.Activity;

/// <summary>
/// A host of its own (fresh activity buffer) on a clock the test moves, whose timer never flushes: rows appear
/// only when the test flushes or stops the host.
/// </summary>
internal sealed class ActivityHost : IAsyncDisposable
{
    private readonly WebApplicationFactory<Program> _host;
    private readonly string _connectionString;

    public ActivityHost(PageShareApiFactory factory)
    {
        _connectionString = factory.ConnectionString;
        _host = factory.WithWebHostBuilder(b =>
        {
            b.UseSetting("ACTIVITY_FLUSH_SECONDS", "3600");
            b.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
        });
    }

    public ManualTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    public HttpClient Client(Guid userId)
    {
        var client = _host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", TestAuth.TokenFor(userId, $"user{userId.ToString("N")[..8]}@example.com"));
        return client;
    }

    /// <summary>Signed-in requests that provision the user and count as activity.</summary>
    public async Task RequestsAsync(Guid userId, int count)
    {
        var client = Client(userId);
        for (var i = 0; i < count; i++)
        {
            (await client.GetAsync("/api/v1/users/me")).EnsureSuccessStatusCode();
        }
    }

    public Task FlushAsync() => _host.Services.GetRequiredService<ActivityFlusher>().FlushAsync(CancellationToken.None);

    public T Service<T>()
        where T : notnull => _host.Services.GetRequiredService<T>();

    public async Task<IReadOnlyList<SessionRow>> SessionsAsync(Guid userId)
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "select started_at, last_seen_at, request_count from user_sessions where user_id = @u order by started_at", connection);
        command.Parameters.AddWithValue("u", userId);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<SessionRow>();
        while (await reader.ReadAsync())
        {
            rows.Add(new SessionRow(reader.GetFieldValue<DateTimeOffset>(0), reader.GetFieldValue<DateTimeOffset>(1), reader.GetInt32(2)));
        }

        return rows;
    }

    public async Task<DateTimeOffset?> LastActiveAtAsync(Guid userId)
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select last_active_at from users where id = @u", connection);
        command.Parameters.AddWithValue("u", userId);
        return await command.ExecuteScalarAsync() is DateTime at ? new DateTimeOffset(at, TimeSpan.Zero) : null;
    }

    public ValueTask DisposeAsync() => _host.DisposeAsync();
}
