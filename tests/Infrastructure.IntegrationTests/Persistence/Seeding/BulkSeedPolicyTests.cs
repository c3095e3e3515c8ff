using PageShare.Infrastructure.Persistence.Seeding.BulkData;
using PageShare.TestSupport.Database;

namespace PageShare.Infrastructure.IntegrationTests.Persistence.Seeding;

/// <summary>Same seed, same data; a database with users is refused unless the operator says append or reset.</summary>
[Collection(BulkSeededCollection.Name)]
public sealed class BulkSeedPolicyTests(BulkSeededDatabaseFixture fixture)
{
    private const string Checksums = """
        select concat_ws('|',
          (select md5(string_agg(id::text || username || created_at::text, ',' order by id)) from users),
          (select md5(string_agg(id::text || content || likes_count || created_at::text, ',' order by id)) from posts),
          (select md5(string_agg(follower_id::text || followee_id::text, ',' order by follower_id, followee_id)) from follows),
          (select md5(string_agg(user_id::text || target_id::text, ',' order by user_id, target_id)) from reactions),
          (select count(*) from comments), (select count(*) from poll_votes), (select count(*) from user_sessions))
        """;

    private readonly Sql _sql = new(fixture.ConnectionString);

    [Fact]
    public async Task Seed_SameSeedAndClock_GivesIdenticalData()
    {
        await using var again = await TestDatabase.CreateMigratedAsync("bulk_seed_again");

        var report = await BulkSeededDatabaseFixture.SeedAsync(again.ConnectionString, BulkSeededDatabaseFixture.Options);

        report.Steps.Select(s => (s.Step, s.Rows)).Where(s => BulkDataSeeder.LoadedTables.Contains(s.Step))
            .Should().Equal(fixture.Report.Steps.Select(s => (s.Step, s.Rows)).Where(s => BulkDataSeeder.LoadedTables.Contains(s.Step)));
        (await new Sql(again.ConnectionString).ScalarAsync<string>(Checksums)).Should().Be(await _sql.ScalarAsync<string>(Checksums));
    }

    [Fact]
    public async Task Seed_OtherSeed_GivesOtherData()
    {
        await using var other = await TestDatabase.CreateMigratedAsync("bulk_seed_other");

        await BulkSeededDatabaseFixture.SeedAsync(other.ConnectionString, BulkSeededDatabaseFixture.Options with { Seed = 43 });

        (await new Sql(other.ConnectionString).ScalarAsync<string>(Checksums)).Should().NotBe(await _sql.ScalarAsync<string>(Checksums));
    }

    [Fact]
    public async Task Seed_DatabaseWithUsers_IsRefusedAndChangesNothing()
    {
        var before = await _sql.ScalarAsync<string>(Checksums);

        var act = () => BulkSeededDatabaseFixture.SeedAsync(fixture.ConnectionString, BulkSeededDatabaseFixture.Options);

        (await act.Should().ThrowAsync<BulkSeedRefusedException>()).Which.ExistingUsers.Should().Be(BulkSeededDatabaseFixture.Options.Users);
        (await _sql.ScalarAsync<string>(Checksums)).Should().Be(before);
    }

    [Fact]
    public async Task Seed_AppendThenReset_AddsAPopulationThenStartsOver()
    {
        await using var database = await TestDatabase.CreateMigratedAsync("bulk_seed_append");
        var sql = new Sql(database.ConnectionString);
        var small = new BulkSeedOptions(Users: 60, Posts: 400, Seed: 7, ExistingDataPolicy.Refuse);
        await BulkSeededDatabaseFixture.SeedAsync(database.ConnectionString, small);

        await BulkSeededDatabaseFixture.SeedAsync(database.ConnectionString, small with { Seed = 8, OnExistingData = ExistingDataPolicy.Append });
        var afterAppend = (Users: await sql.ScalarAsync<long>("select count(*) from users"), Posts: await sql.ScalarAsync<long>("select count(*) from posts"));
        await using (var connection = await sql.OpenAsync())
        {
            (await CounterAudit.CountMismatchesAsync(connection, CancellationToken.None)).Values.Should().OnlyContain(v => v == 0);
        }

        await BulkSeededDatabaseFixture.SeedAsync(database.ConnectionString, small with { OnExistingData = ExistingDataPolicy.Reset });

        afterAppend.Should().Be((120L, 800L));
        (await sql.ScalarAsync<long>("select count(*) from users")).Should().Be(60);
        (await sql.ScalarAsync<long>("select count(*) from posts")).Should().Be(400);
    }
}
