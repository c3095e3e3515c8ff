using Microsoft.Extensions.Logging;
using Npgsql;
using PageShare.Infrastructure.IntegrationTests.Geolocation;
using PageShare.Infrastructure.IntegrationTests.Persistence;
using PageShare.Infrastructure.Metrics;
using PageShare.Infrastructure.Persistence;

namespace PageShare.Infrastructure.IntegrationTests.Metrics;

public sealed class MetricsRefreshServiceTests(MigratedDatabaseFixture database) : IClassFixture<MigratedDatabaseFixture>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Run_OnSchedule_RefreshesTheViewsWithNewData()
    {
        using var logs = new CapturingLoggerProvider();
        using var loggers = LoggerFactory.Create(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        var service = Service(database.ConnectionString, loggers);
        var userId = Guid.NewGuid();
        await ExecuteAsync($"""
            insert into users (id, username, display_name, created_at)
            values ('{userId}', 'sched_{userId.ToString("N")[..8]}', 'S', metrics_day_start((now() at time zone 'UTC')::date - 1) + interval '1 hour')
            """);

        await service.StartAsync(CancellationToken.None);
        try
        {
            // Another refresher test in this database may add signups too, so "at least this one".
            await WaitUntilAsync(async () => await ScalarAsync<int>(
                "select signups from daily_metrics where day = (now() at time zone 'UTC')::date - 1") >= 1);
        }
        finally
        {
            await service.StopAsync(CancellationToken.None);
        }

        logs.Entries.Should().Contain(e => e.Level == LogLevel.Information && e.Message.StartsWith("Refreshed metrics view daily_metrics in", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Run_DatabaseUnreachable_LogsErrorAndKeepsRunning()
    {
        using var logs = new CapturingLoggerProvider();
        using var loggers = LoggerFactory.Create(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        var service = Service("Host=127.0.0.1;Port=1;Username=x;Database=x;Timeout=2", loggers);

        await service.StartAsync(CancellationToken.None);
        await WaitUntilAsync(() => Task.FromResult(logs.Entries.Count(e => e.Level == LogLevel.Error) >= 2));

        service.ExecuteTask!.IsFaulted.Should().BeFalse();
        await service.StopAsync(CancellationToken.None);
        service.ExecuteTask.IsCompletedSuccessfully.Should().BeTrue();
        logs.Entries.Should().Contain(e => e.Level == LogLevel.Error && e.Message.Contains("retrying at the next interval", StringComparison.Ordinal));
    }

    private static MetricsRefreshService Service(string connectionString, ILoggerFactory factory)
    {
        var refresher = new MetricsViewRefresher(new DatabaseSettings(connectionString), factory.CreateLogger<MetricsViewRefresher>());
        return new MetricsRefreshService(refresher, new MetricsRefreshSettings(TimeSpan.FromSeconds(1)), TimeProvider.System,
            factory.CreateLogger<MetricsRefreshService>());
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!await condition())
        {
            DateTime.UtcNow.Should().BeBefore(deadline, "the condition should hold within the patience");
            await Task.Delay(100);
        }
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
