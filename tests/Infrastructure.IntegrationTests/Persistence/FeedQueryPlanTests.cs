using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PageShare.Application.Common.Paging;
using PageShare.Application.Feed;
using PageShare.Infrastructure.Persistence;
using PageShare.TestSupport.Database;

namespace PageShare.Infrastructure.IntegrationTests.Persistence;

/// <summary>
/// The scope=all feed key query, explained by PostgreSQL over 200,000 posts: it must walk an index of posts in feed
/// order, never read the whole table. The SQL is the one the endpoint sends (built by <see cref="FeedKeys.All"/>).
/// </summary>
public sealed class FeedQueryPlanTests : IAsyncLifetime
{
    private const int PostCount = 200_000;
    private TestDatabase _database = null!;
    private Guid _viewerId;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateMigratedAsync("feedplan");
        var sql = new Sql(_database.ConnectionString);
        await sql.ExecuteAsync("""
            insert into users (id, username, display_name)
            select gen_random_uuid(), 'user_' || i, 'User ' || i from generate_series(1, 1000) i
            """);
        // The per-row counter trigger would make the bulk insert slow; counters play no part in the plan.
        await sql.ExecuteAsync("alter table posts disable trigger trg_posts_counters");
        await sql.ExecuteAsync($"""
            insert into posts (author_id, content, deleted_at, created_at, updated_at)
            select u.id, 'post ' || i, case when i % 50 = 0 then now() end,
                   now() - i * interval '1 second', now() - i * interval '1 second'
            from generate_series(1, {PostCount}) i
            join (select id, row_number() over (order by id) - 1 as n from users) u on u.n = i % 1000
            """);
        await sql.ExecuteAsync("alter table posts enable trigger trg_posts_counters");
        _viewerId = await sql.ScalarAsync<Guid>("select id from users order by id limit 1");
        await sql.ExecuteAsync("""
            insert into content_filters (user_id, target_user_id, kind)
            select $1, id, case when n % 2 = 0 then 'mute' else 'block' end
            from (select id, row_number() over (order by id) as n from users where id <> $1 order by id limit 6) t
            """, _viewerId);
        await sql.ExecuteAsync("""
            insert into content_filters (user_id, target_user_id, kind)
            select id, $1, 'block' from users where id <> $1 order by id desc limit 3
            """, _viewerId);
        await sql.ExecuteAsync("analyze");
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    // One test: building the 200,000-row database is the expensive part, and each test gets its own.
    [Fact]
    public async Task AllScopeKeyQuery_FirstAndDeepPage_WalkTheFeedIndexWithoutASeqScanOfPosts()
    {
        var deep = new KeysetCursor(DateTimeOffset.UtcNow.AddSeconds(-(PostCount / 2)), Guid.NewGuid());

        foreach (var cursor in new KeysetCursor?[] { null, deep })
        {
            var plan = await ExplainAsync(cursor);

            plan.Should().NotContain(n => n.NodeType == "Seq Scan" && n.Relation == "posts", $"cursor {cursor}");
            plan.Should().Contain(n => n.Relation == "posts" && n.Index == "ix_posts_feed", $"cursor {cursor}");
        }
    }

    private async Task<List<PlanNode>> ExplainAsync(KeysetCursor? cursor)
    {
        await using var db = new PageShareDbContext(
            new DbContextOptionsBuilder<PageShareDbContext>().UseNpgsql(_database.ConnectionString).Options);
        await using var command = FeedKeys.All(db, _viewerId, cursor, PageRequest.DefaultLimit).CreateDbCommand();
        command.CommandText = "explain (format json) " + command.CommandText;
        await db.Database.OpenConnectionAsync();
        var json = (string)(await command.ExecuteScalarAsync())!;
        using var document = JsonDocument.Parse(json);
        var nodes = new List<PlanNode>();
        Collect(document.RootElement[0].GetProperty("Plan"), nodes);
        return nodes;
    }

    private static void Collect(JsonElement node, List<PlanNode> nodes)
    {
        nodes.Add(new PlanNode(
            node.GetProperty("Node Type").GetString()!,
            node.TryGetProperty("Relation Name", out var relation) ? relation.GetString() : null,
            node.TryGetProperty("Index Name", out var index) ? index.GetString() : null));
        if (node.TryGetProperty("Plans", out var children))
        {
            foreach (var child in children.EnumerateArray())
            {
                Collect(child, nodes);
            }
        }
    }

    private sealed record PlanNode(string NodeType, string? Relation, string? Index);
}
