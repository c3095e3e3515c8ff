using Microsoft.Extensions.Logging.Abstractions;
using PageShare.Infrastructure.Persistence.Migrations;
using PageShare.TestSupport.Database;

namespace PageShare.Infrastructure.IntegrationTests.Persistence;

public sealed class MigratorTests
{
    private static readonly IReadOnlyList<MigrationScript> _embedded = MigrationScripts.Embedded;

    [Fact]
    public async Task MigrateAsync_FreshDatabase_AppliesEveryScriptInOrder()
    {
        await using var database = await TestDatabase.CreateAsync("migrator_fresh");

        var applied = await NewMigrator(database).MigrateAsync();

        applied.Should().Equal(_embedded.Select(s => s.Name));
        var rows = await new Sql(database.ConnectionString).ScalarAsync<string>(
            "select string_agg(version || ':' || name || ':' || checksum, ',' order by version) from schema_migrations");
        rows.Should().Be(string.Join(',', _embedded.Select(s => $"{s.Version}:{s.Name}:{s.Checksum}")));
    }

    [Fact]
    public async Task MigrateAsync_FreshDatabase_TurnsJitOffForNewSessions()
    {
        // PostgreSQL's JIT cost the following feed 150-250 ms of compilation per deep page (migration 0015).
        await using var database = await TestDatabase.CreateAsync("migrator_jit");
        await NewMigrator(database).MigrateAsync();

        // An unpooled session: a database's settings apply when a session starts.
        var fresh = new Npgsql.NpgsqlConnectionStringBuilder(database.ConnectionString) { Pooling = false }.ConnectionString;
        var jit = await new Sql(fresh).ScalarAsync<string>("show jit");

        jit.Should().Be("off");
    }

    [Fact]
    public async Task MigrateAsync_SecondRun_AppliesNothing()
    {
        await using var database = await TestDatabase.CreateAsync("migrator_twice");
        await NewMigrator(database).MigrateAsync();

        var applied = await NewMigrator(database).MigrateAsync();

        applied.Should().BeEmpty();
    }

    [Fact]
    public async Task MigrateAsync_AppliedScriptEdited_ThrowsNamingFileAndAppliesNothing()
    {
        await using var database = await TestDatabase.CreateAsync("migrator_edited");
        await NewMigrator(database).MigrateAsync();
        var sql = new Sql(database.ConnectionString);
        await sql.ExecuteAsync("update schema_migrations set checksum = 'tampered' where version = 3");
        var withPending = _embedded.Append(MigrationScript.Create("9001_extra.sql", "create table extra (id int);")).ToList();

        var act = () => NewMigrator(database, withPending).MigrateAsync();

        var thrown = await act.Should().ThrowAsync<MigrationChecksumMismatchException>();
        thrown.Which.FileNames.Should().Equal(_embedded.Single(s => s.Version == 3).FileName);
        thrown.Which.Message.Should().Contain("0003_users.sql");
        (await sql.ScalarAsync<bool>("select to_regclass('extra') is null")).Should().BeTrue();
        (await sql.ScalarAsync<long>("select count(*) from schema_migrations where version = 9001")).Should().Be(0);
    }

    [Fact]
    public async Task MigrateAsync_TwoInstancesAtOnce_ApplyEachScriptOnce()
    {
        await using var database = await TestDatabase.CreateAsync("migrator_race");
        // A slow first script keeps the lock long enough for the second instance to queue behind it.
        var scripts = _embedded
            .Prepend(MigrationScript.Create("0000_slow.sql", "select pg_sleep(0.5); create table slow_marker (id int);"))
            .ToList();

        var results = await Task.WhenAll(
            NewMigrator(database, scripts).MigrateAsync(),
            NewMigrator(database, scripts).MigrateAsync());

        results.SelectMany(r => r).Should().Equal(scripts.Select(s => s.Name));
        results.Should().Contain(r => r.Count == 0);
        (await new Sql(database.ConnectionString).ScalarAsync<long>("select count(*) from schema_migrations"))
            .Should().Be(scripts.Count);
    }

    [Fact]
    public async Task MigrateAsync_FailingScript_RollsBackThatScriptOnly()
    {
        await using var database = await TestDatabase.CreateAsync("migrator_broken");
        var scripts = new[]
        {
            MigrationScript.Create("0001_good.sql", "create table good (id int);"),
            MigrationScript.Create("0002_broken.sql", "create table half_done (id int);\nselect * from no_such_table;"),
            MigrationScript.Create("0003_after.sql", "create table after_broken (id int);"),
        };

        var act = () => NewMigrator(database, scripts).MigrateAsync();

        (await act.Should().ThrowAsync<MigrationFailedException>()).Which.FileName.Should().Be("0002_broken.sql");
        var sql = new Sql(database.ConnectionString);
        (await sql.ScalarAsync<bool>("select to_regclass('good') is not null")).Should().BeTrue();
        (await sql.ScalarAsync<bool>("select to_regclass('half_done') is null")).Should().BeTrue();
        (await sql.ScalarAsync<bool>("select to_regclass('after_broken') is null")).Should().BeTrue();
        (await sql.ScalarAsync<string>("select string_agg(name, ',') from schema_migrations")).Should().Be("0001_good");
    }

    [Fact]
    public async Task GetStatusAsync_FreshDatabase_ReportsEveryScriptPending()
    {
        await using var database = await TestDatabase.CreateAsync("migrator_status");

        var status = await NewMigrator(database).GetStatusAsync();

        status.Pending.Select(s => s.Version).Should().Equal(_embedded.Select(s => s.Version));
        status.Applied.Should().BeEmpty();
        status.IsUpToDate.Should().BeFalse();
    }

    [Fact]
    public async Task GetStatusAsync_AfterNewScriptAdded_ReportsOnlyItPending()
    {
        await using var database = await TestDatabase.CreateAsync("migrator_pending");
        await NewMigrator(database).MigrateAsync();
        var withNew = _embedded.Append(MigrationScript.Create("9002_new.sql", "select 1;")).ToList();

        var status = await NewMigrator(database, withNew).GetStatusAsync();

        status.Pending.Select(s => s.Name).Should().Equal("9002_new");
        status.Applied.Should().HaveCount(_embedded.Count);
        status.IsUpToDate.Should().BeFalse();
    }

    [Fact]
    public async Task GetStatusAsync_EditedAndUnknownVersions_ReportsBoth()
    {
        await using var database = await TestDatabase.CreateAsync("migrator_drift");
        await NewMigrator(database).MigrateAsync();
        var sql = new Sql(database.ConnectionString);
        await sql.ExecuteAsync("update schema_migrations set checksum = 'tampered' where version = 2");
        await sql.ExecuteAsync("insert into schema_migrations (version, name, checksum) values (9999, '9999_future', 'x')");

        var status = await NewMigrator(database).GetStatusAsync();

        status.Edited.Select(s => s.FileName).Should().Equal("0002_trigger_functions.sql");
        status.Unknown.Select(a => a.Version).Should().Equal(9999);
        status.Pending.Should().BeEmpty();
        status.IsUpToDate.Should().BeFalse();
    }

    [Fact]
    public async Task GetStatusAsync_AfterMigrate_IsUpToDate()
    {
        await using var database = await TestDatabase.CreateMigratedAsync("migrator_current");

        var status = await NewMigrator(database).GetStatusAsync();

        status.IsUpToDate.Should().BeTrue();
        status.Applied.Select(a => a.Version).Should().Equal(_embedded.Select(s => s.Version));
    }

    [Fact]
    public void Embedded_Scripts_AreNumberedFromOneWithoutGaps()
    {
        _embedded.Select(s => s.Version).Should().Equal(Enumerable.Range(1, _embedded.Count));
        _embedded[0].FileName.Should().Be("0001_extensions.sql");
    }

    [Fact]
    public void Create_CrlfText_HasTheSameChecksumAsLf()
    {
        var lf = MigrationScript.Create("0001_a.sql", "create table a (id int);\nselect 1;\n");

        var crlf = MigrationScript.Create("0001_a.sql", "create table a (id int);\r\nselect 1;\r\n");

        crlf.Checksum.Should().Be(lf.Checksum).And.HaveLength(64);
        crlf.Sql.Should().Be(lf.Sql);
    }

    [Fact]
    public void Create_ChangedText_ChangesChecksum()
    {
        var original = MigrationScript.Create("0001_a.sql", "create table a (id int);");

        var edited = MigrationScript.Create("0001_a.sql", "create table a (id bigint);");

        edited.Checksum.Should().NotBe(original.Checksum);
    }

    [Theory]
    [InlineData("users.sql")]
    [InlineData("0001-users.sql")]
    [InlineData("0001_users.txt")]
    [InlineData("v1_users.sql")]
    public void Create_BadFileName_Throws(string fileName)
    {
        var act = () => MigrationScript.Create(fileName, "select 1;");

        act.Should().Throw<ArgumentException>().WithMessage($"*{fileName}*NNNN_description.sql*");
    }

    [Fact]
    public void Constructor_TwoScriptsWithOneVersion_Throws()
    {
        var scripts = new[] { MigrationScript.Create("0001_a.sql", "select 1;"), MigrationScript.Create("0001_b.sql", "select 2;") };

        var act = () => new Migrator("Host=127.0.0.1", scripts, NullLogger<Migrator>.Instance);

        act.Should().Throw<InvalidOperationException>().WithMessage("*0001_a.sql*0001_b.sql*");
    }

    private static Migrator NewMigrator(TestDatabase database, IReadOnlyList<MigrationScript>? scripts = null) =>
        new(database.ConnectionString, scripts ?? _embedded, NullLogger<Migrator>.Instance);
}
