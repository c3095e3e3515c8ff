using System.Diagnostics;
using Npgsql;

namespace PageShare.Infrastructure.Persistence.Seeding.BulkData;

/// <summary>
/// <c>seed --users N --posts M</c>: a large, realistic data set generated from a fixed seed and streamed
/// into PostgreSQL with binary COPY in one transaction, triggers off, counters recomputed set-based from
/// the real rows, indexes rebuilt once, then VACUUM ANALYZE. See docs/seeding.md.
/// </summary>
public sealed class BulkDataSeeder(DatabaseSettings settings, TimeProvider clock)
{
    /// <summary>Load order: every row's parents come first, so foreign keys hold even when checked.</summary>
    private static readonly (string Table, string Columns, Action<RowWriter, SeedPlan> Write)[] Tables =
    [
        ("users", UserRows.Columns, UserRows.Write),
        ("posts", PostRows.Columns, PostRows.Write),
        ("tickers", TickerRows.TickerColumns, TickerRows.WriteTickers),
        ("post_tickers", TickerRows.LinkColumns, TickerRows.WriteLinks),
        ("polls", PollRows.PollColumns, PollRows.WritePolls),
        ("poll_options", PollRows.OptionColumns, PollRows.WriteOptions),
        ("poll_votes", PollRows.VoteColumns, PollRows.WriteVotes),
        ("comments", CommentRows.Columns, CommentRows.Write),
        ("reactions", EngagementRows.ReactionColumns, EngagementRows.WriteReactions),
        ("reposts", EngagementRows.UserPostColumns, EngagementRows.WriteReposts),
        ("bookmarks", EngagementRows.UserPostColumns, EngagementRows.WriteBookmarks),
        ("content_filters", GraphRows.FilterColumns, GraphRows.WriteContentFilters),
        ("follows", GraphRows.FollowColumns, GraphRows.WriteFollows),
        ("user_sessions", SessionRows.Columns, SessionRows.Write),
    ];

    public static IReadOnlyList<string> LoadedTables { get; } = Tables.Select(t => t.Table).ToList();

    public async Task<BulkSeedReport> SeedAsync(BulkSeedOptions options, TextWriter progress, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Users, 10);
        ArgumentOutOfRangeException.ThrowIfNegative(options.Posts);
        var total = Stopwatch.StartNew();
        var steps = new List<TableLoad>();
        var connectionString = new NpgsqlConnectionStringBuilder(settings.RequireConnectionString())
        {
            CommandTimeout = 0,
            Pooling = false,
        }.ConnectionString;

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        var session = new BulkLoadSession(connection, LoadedTables);
        await using (var transaction = await connection.BeginTransactionAsync(cancellationToken))
        {
            await session.ExecuteAsync("""
                set local synchronous_commit = off;
                set local maintenance_work_mem = '512MB';
                set local work_mem = '128MB';
                set local pageshare.allow_counter_writes = 'on';
                """, cancellationToken);
            var plan = await PlanAsync(session, options, steps, cancellationToken);
            await session.DisableTriggersAsync(cancellationToken);
            var dropped = await session.DropSecondaryIndexesOfEmptyTablesAsync(cancellationToken);
            progress.WriteLine($"  {dropped} indexes and keys dropped until the end of the load ({session.TriggerMode})");
            await TimedAsync(steps, "dry run (tally counters)", () => Task.FromResult((int)DryRun(plan)));
            plan.StartRealRun();
            foreach (var (table, columns, write) in Tables)
            {
                steps.Add(Copy(connection, plan, table, columns, write, progress));
            }

            foreach (var set in CounterSets.All)
            {
                progress.WriteLine($"  checking {set.Table} counters against the rows...");
                await TimedAsync(steps, $"counters fixed: {set.Table}", () => session.ExecuteAsync(set.RecomputeSql, cancellationToken));
            }

            foreach (var sql in CounterSets.DerivedSql)
            {
                await TimedAsync(steps, "derived: " + sql.Split(' ', 3)[1], () => session.ExecuteAsync(sql, cancellationToken));
            }

            progress.WriteLine("  rebuilding indexes...");
            await TimedAsync(steps, $"rebuild {dropped} indexes and keys", async () =>
            {
                await session.RecreateIndexesAsync(cancellationToken);
                return 0;
            });
            await session.RestoreTriggersAsync(cancellationToken);
            await TimedAsync(steps, "commit", async () =>
            {
                await transaction.CommitAsync(cancellationToken);
                return 0;
            });
        }

        // Outside the transaction (VACUUM cannot run in one): the recompute left dead row versions, and
        // fresh statistics and visibility maps are what the planner needs for a realistic benchmark.
        progress.WriteLine("  vacuum analyze...");
        foreach (var table in LoadedTables)
        {
            await TimedAsync(steps, "vacuum analyze " + table, () => session.ExecuteAsync($"vacuum analyze {table}", cancellationToken));
        }

        var report = new BulkSeedReport(steps, total.Elapsed, session.TriggerMode);
        report.Print(progress);
        return report;
    }

    private async Task<SeedPlan> PlanAsync(BulkLoadSession session, BulkSeedOptions options, List<TableLoad> steps, CancellationToken cancellationToken)
    {
        var existingUsers = (long)(await session.ScalarAsync("select count(*) from users", cancellationToken))!;
        var userOffset = 0;
        if (existingUsers > 0)
        {
            switch (options.OnExistingData)
            {
                case ExistingDataPolicy.Refuse:
                    throw new BulkSeedRefusedException(existingUsers);
                case ExistingDataPolicy.Reset:
                    await TimedAsync(steps, "reset (truncate)", async () =>
                    {
                        var tables = (string)(await session.ScalarAsync("""
                            select string_agg(quote_ident(tablename), ', ') from pg_tables
                            where schemaname = 'public' and tablename <> 'schema_migrations'
                            """, cancellationToken))!;
                        return await session.ExecuteAsync($"truncate table {tables} restart identity cascade", cancellationToken);
                    });
                    break;
                default:
                    userOffset = (int)existingUsers;
                    break;
            }
        }

        var symbols = (await session.ReadStringsAsync("select symbol from tickers", cancellationToken)).ToHashSet(StringComparer.Ordinal);
        return new SeedPlan(options, clock.GetUtcNow().UtcDateTime, userOffset, symbols);
    }

    /// <summary>
    /// Every pass once without a database: the counters of each parent row are tallied from its children,
    /// so the real pass writes them in place and no row is rewritten afterwards.
    /// </summary>
    private static long DryRun(SeedPlan plan)
    {
        long rows = 0;
        foreach (var (table, _, write) in Tables)
        {
            var writer = new RowWriter(null, table, TextWriter.Null);
            write(writer, plan);
            rows += writer.Rows;
        }

        return rows;
    }

    private static TableLoad Copy(NpgsqlConnection connection, SeedPlan plan, string table, string columns,
        Action<RowWriter, SeedPlan> write, TextWriter progress)
    {
        var stopwatch = Stopwatch.StartNew();
        long rows;
        using (var importer = connection.BeginBinaryImport($"copy {table} ({columns}) from stdin (format binary)"))
        {
            var writer = new RowWriter(importer, table, progress);
            write(writer, plan);
            importer.Complete();
            rows = writer.Rows;
        }

        var load = new TableLoad(table, rows, stopwatch.Elapsed);
        progress.WriteLine($"  {table}: {rows:N0} rows in {load.Elapsed.TotalSeconds:F1} s");
        return load;
    }

    private static async Task TimedAsync(List<TableLoad> steps, string name, Func<Task<int>> step)
    {
        var stopwatch = Stopwatch.StartNew();
        var rows = await step();
        steps.Add(new TableLoad(name, Math.Max(rows, 0), stopwatch.Elapsed));
    }
}
