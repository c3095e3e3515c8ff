using Npgsql;

namespace PageShare.Infrastructure.IntegrationTests.Persistence;

/// <summary>0013: one open group per source and fingerprint; resolved groups do not block a new one.</summary>
public sealed class ErrorLogSchemaTests(MigratedDatabaseFixture fixture) : IClassFixture<MigratedDatabaseFixture>
{
    private const string Insert = "insert into error_logs (source, message, fingerprint, resolved, resolved_at) values ('frontend', 'boom', $1, $2, $3)";

    private readonly Sql _sql = new(fixture.ConnectionString);

    [Fact]
    public async Task ErrorLogs_SecondOpenGroupOfAFingerprint_ViolatesOpenFingerprintIndex()
    {
        var fingerprint = Guid.NewGuid().ToString("N");
        await _sql.ExecuteAsync(Insert, fingerprint, false, DBNull.Value);

        var error = await _sql.FailingAsync(Insert, fingerprint, false, DBNull.Value);

        error.SqlState.Should().Be(PostgresErrorCodes.UniqueViolation);
        error.ConstraintName.Should().Be("ux_error_logs_open_fingerprint");
    }

    [Fact]
    public async Task ErrorLogs_ResolvedGroupOfAFingerprint_AllowsANewOpenOne()
    {
        var fingerprint = Guid.NewGuid().ToString("N");
        await _sql.ExecuteAsync(Insert, fingerprint, true, DateTimeOffset.UtcNow);

        var inserted = await _sql.ExecuteAsync(Insert, fingerprint, false, DBNull.Value);

        inserted.Should().Be(1);
    }

    [Fact]
    public async Task ErrorLogs_ZeroOccurrences_IsRejected()
    {
        var error = await _sql.FailingAsync("insert into error_logs (source, message, occurrences) values ('backend', 'boom', 0)");

        error.ConstraintName.Should().Be("ck_error_logs_occurrences");
    }
}
