using Microsoft.EntityFrameworkCore;
using PageShare.Infrastructure.IntegrationTests.Persistence;
using PageShare.Infrastructure.Monitoring;
using PageShare.Infrastructure.Persistence;

namespace PageShare.Infrastructure.IntegrationTests.Monitoring;

public sealed class SlowQueryLogTests(MigratedDatabaseFixture database) : IClassFixture<MigratedDatabaseFixture>
{
    [Fact]
    public async Task Interceptor_CommandSlowerThanThreshold_IsLoggedWithoutValues()
    {
        var log = new SlowQueryLog(Options(thresholdMs: 100, size: 10));
        await using var db = Context(log);

        await db.Database.ExecuteSqlRawAsync("SELECT pg_sleep(0.25), 'secret@example.com'");
        await db.Database.ExecuteSqlRawAsync("SELECT 1");

        var entry = log.Top(10).Should().ContainSingle().Subject;
        entry.Query.Should().Be("SELECT pg_sleep(?), '?'");
        entry.Calls.Should().Be(1);
        entry.MaxMs.Should().BeGreaterThanOrEqualTo(250);
        entry.MeanMs.Should().Be(entry.MaxMs);
    }

    [Fact]
    public async Task Interceptor_SameStatementTwice_IsOneEntryWithTwoCalls()
    {
        var log = new SlowQueryLog(Options(thresholdMs: 0, size: 10));
        await using var db = Context(log);

        await db.Database.ExecuteSqlRawAsync("SELECT pg_sleep(0.01)");
        await db.Database.ExecuteSqlRawAsync("SELECT pg_sleep(0.02)");

        log.Top(10).Should().ContainSingle().Which.Calls.Should().Be(2);
    }

    [Fact]
    public void Record_LogFull_KeepsTheSlowest()
    {
        var log = new SlowQueryLog(Options(thresholdMs: 0, size: 2));

        log.Record("SELECT a", TimeSpan.FromMilliseconds(300));
        log.Record("SELECT b", TimeSpan.FromMilliseconds(100));
        log.Record("SELECT c", TimeSpan.FromMilliseconds(200));
        log.Record("SELECT d", TimeSpan.FromMilliseconds(50));

        log.Top(10).Select(q => q.Query).Should().Equal("SELECT a", "SELECT c");
    }

    private static MonitoringOptions Options(double thresholdMs, int size) =>
        MonitoringOptions.Default with { SlowQueryThreshold = TimeSpan.FromMilliseconds(thresholdMs), SlowQueryLogSize = size };

    private PageShareDbContext Context(SlowQueryLog log) => new(new DbContextOptionsBuilder<PageShareDbContext>()
        .UseNpgsql(database.ConnectionString)
        .AddInterceptors(new SlowQueryInterceptor(log))
        .Options);
}
