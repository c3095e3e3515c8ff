using Npgsql;
using PageShare.Domain.Posts;
using PageShare.Infrastructure.Persistence.Seeding.BulkData;
using PageShare.TestSupport.Database;

namespace PageShare.Infrastructure.IntegrationTests.Persistence.Seeding;

/// <summary>The bulk load runs with triggers and foreign key checks off: these prove it needed neither.</summary>
[Collection(BulkSeededCollection.Name)]
public sealed class BulkSeedIntegrityTests(BulkSeededDatabaseFixture fixture)
{
    private readonly Sql _sql = new(fixture.ConnectionString);

    [Fact]
    public async Task Seed_SmallLoad_EveryCounterEqualsTheCountOfRealRows()
    {
        await using var connection = await _sql.OpenAsync();

        var mismatches = await CounterAudit.CountMismatchesAsync(connection, CancellationToken.None);

        mismatches.Should().HaveCount(CounterSets.All.Count).And.OnlyContain(m => m.Value == 0);
        (await _sql.ScalarAsync<long>("select sum(likes_count) + sum(comments_count) + sum(reposts_count) + sum(quotes_count) from posts"))
            .Should().BePositive("the counters must have been recomputed, not left at zero");
        (await _sql.ScalarAsync<long>("select count(*) from users where followers_count > 0")).Should().BePositive();
        (await _sql.ScalarAsync<long>("select count(*) from comments where replies_count > 0")).Should().BePositive();
    }

    [Fact]
    public async Task CounterAudit_OneCounterOffByOne_ReportsThatRow()
    {
        await using var connection = await _sql.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var corrupt = new NpgsqlCommand("""
            set local pageshare.allow_counter_writes = 'on';
            update posts set likes_count = likes_count + 1 where id = (select id from posts order by id limit 1);
            """, connection))
        {
            await corrupt.ExecuteNonQueryAsync();
        }

        var mismatches = await CounterAudit.CountMismatchesAsync(connection, CancellationToken.None);

        mismatches.Where(m => m.Value != 0).Should().ContainSingle().Which.Key.Should().StartWith("posts(");
        await transaction.RollbackAsync();
    }

    [Fact]
    public async Task Seed_SmallLoad_EveryForeignKeyHolds()
    {
        var foreignKeys = await ForeignKeysAsync();

        foreignKeys.Should().HaveCountGreaterThan(20);
        foreach (var (name, orphansSql) in foreignKeys)
        {
            (await _sql.ScalarAsync<long>(orphansSql)).Should().Be(0, $"{name} must hold for every generated row");
        }
    }

    [Fact]
    public async Task Seed_SmallLoad_PostTickersAreExactlyTheCashtagsOfTheContent()
    {
        var links = new Dictionary<Guid, HashSet<string>>();
        await using var connection = await _sql.OpenAsync();
        await using var command = new NpgsqlCommand("""
            select p.id, p.content, coalesce(array_agg(pt.symbol) filter (where pt.symbol is not null), '{}')
            from posts p left join post_tickers pt on pt.post_id = p.id group by p.id, p.content
            """, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var checkedPosts = 0;
        while (await reader.ReadAsync())
        {
            var extracted = TickerExtractor.Extract(reader.GetString(1)).Select(s => s.Value);
            extracted.Should().BeEquivalentTo(reader.GetFieldValue<string[]>(2), reader.GetString(1));
            checkedPosts++;
        }

        checkedPosts.Should().Be(BulkSeededDatabaseFixture.Options.Posts);
    }

    [Fact]
    public async Task Seed_SmallLoad_TimesAreInCausalOrder()
    {
        (await _sql.ScalarAsync<long>("select count(*) from posts p join users u on u.id = p.author_id where p.created_at < u.created_at"))
            .Should().Be(0, "no post predates its author");
        (await _sql.ScalarAsync<long>("select count(*) from posts p join posts q on q.id = p.quoted_post_id where q.created_at > p.created_at"))
            .Should().Be(0, "a quote comes after the quoted post");
        (await _sql.ScalarAsync<long>("select count(*) from reactions r join posts p on p.id = r.post_id where r.created_at < p.created_at"))
            .Should().Be(0, "a like comes after the post");
        (await _sql.ScalarAsync<long>("select count(*) from comments c join comments parent on parent.id = c.parent_id where c.created_at < parent.created_at"))
            .Should().Be(0, "a reply comes after its parent");
        (await _sql.ScalarAsync<long>("select count(*) from poll_votes v join polls p on p.id = v.poll_id where v.created_at > p.ends_at"))
            .Should().Be(0, "no vote after the poll closed");
        (await _sql.ScalarAsync<long>($"select count(*) from posts where created_at > '{BulkSeededDatabaseFixture.Now:O}'::timestamptz"))
            .Should().Be(0, "nothing happens in the future");
    }

    [Fact]
    public async Task Seed_SmallLoad_BlockedPairsDoNotFollowEachOther()
    {
        (await _sql.ScalarAsync<long>("select count(*) from content_filters where kind = 'block'")).Should().BePositive();

        (await _sql.ScalarAsync<long>("""
            select count(*) from content_filters b join follows f
              on (f.follower_id = b.user_id and f.followee_id = b.target_user_id)
              or (f.follower_id = b.target_user_id and f.followee_id = b.user_id)
            where b.kind = 'block'
            """)).Should().Be(0);
    }

    [Fact]
    public async Task Seed_SmallLoad_EveryIndexAndKeyIsBackAndTriggersFireAgain()
    {
        const string schema = """
            select concat_ws(' / ',
              (select string_agg(indexdef, '; ' order by indexname) from pg_indexes where schemaname = 'public'),
              (select string_agg(conname || ' ' || pg_get_constraintdef(oid), '; ' order by conname)
               from pg_constraint where connamespace = 'public'::regnamespace),
              (select string_agg(tgname || ' ' || tgenabled::text, '; ' order by tgname) from pg_trigger where not tgisinternal))
            """;
        await using var fresh = await TestDatabase.CreateMigratedAsync("bulk_seed_schema");
        (await _sql.ScalarAsync<string>(schema)).Should().Be(await new Sql(fresh.ConnectionString).ScalarAsync<string>(schema));
        var user = await _sql.ScalarAsync<Guid>("select id from users order by followers_count, id limit 1");
        var post = await _sql.ScalarAsync<Guid>("select id from posts where deleted_at is null order by likes_count, id limit 1");
        var before = await _sql.ScalarAsync<int>("select likes_count from posts where id = $1", post);

        await _sql.ExecuteAsync("insert into reactions (user_id, target_type, target_id) values ($1, 'post', $2) on conflict do nothing", user, post);

        (await _sql.ScalarAsync<int>("select likes_count from posts where id = $1", post)).Should().Be(before + 1);
        await _sql.ExecuteAsync("delete from reactions where user_id = $1 and target_type = 'post' and target_id = $2", user, post);
    }

    private async Task<List<(string Name, string OrphansSql)>> ForeignKeysAsync()
    {
        var result = new List<(string, string)>();
        await using var connection = await _sql.OpenAsync();
        await using var command = new NpgsqlCommand("""
            select c.conname, c.conrelid::regclass::text, c.confrelid::regclass::text,
                   array(select a.attname::text from unnest(c.conkey) with ordinality k(n, o)
                         join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.n order by k.o),
                   array(select a.attname::text from unnest(c.confkey) with ordinality k(n, o)
                         join pg_attribute a on a.attrelid = c.confrelid and a.attnum = k.n order by k.o)
            from pg_constraint c where c.contype = 'f' and c.connamespace = 'public'::regnamespace
            """, connection);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var (child, parent) = (reader.GetString(1), reader.GetString(2));
            var childColumns = reader.GetFieldValue<string[]>(3);
            var parentColumns = reader.GetFieldValue<string[]>(4);
            // MATCH SIMPLE: a key with a null column is not checked.
            var notNull = string.Join(" and ", childColumns.Select(c => $"c.{c} is not null"));
            var matches = string.Join(" and ", childColumns.Zip(parentColumns).Select(p => $"r.{p.Second} = c.{p.First}"));
            result.Add((reader.GetString(0), $"select count(*) from {child} c where {notNull} and not exists (select 1 from {parent} r where {matches})"));
        }

        return result;
    }
}
