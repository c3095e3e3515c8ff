using Bogus;
using Npgsql;

namespace PageShare.Api.IntegrationTests.Metrics;

/// <summary>
/// A generated platform history with known facts: users, sessions (some across midnight), posts (some soft-deleted),
/// comments, reactions, reposts, follows and ticker mentions, all before <see cref="Now"/>. Bogus with a fixed seed makes
/// it the same on every run; <see cref="ExpectedMetrics"/> computes the answers from these facts in memory.
/// </summary>
internal sealed class MetricsDataSet
{
    private static readonly string?[] Countries = ["US", "US", "GB", "DE", "IN", null];
    private static readonly string[] Symbols = ["AAPL", "TSLA", "NVDA", "MSFT"];

    private MetricsDataSet(DateTimeOffset now) => Now = now;

    public DateTimeOffset Now { get; }

    public DateOnly Today => DateOnly.FromDateTime(Now.UtcDateTime);

    public UserFact Admin { get; private set; } = null!;

    public List<UserFact> Users { get; } = [];

    public List<SessionFact> Sessions { get; } = [];

    public List<PostFact> Posts { get; } = [];

    public List<ActionFact> Comments { get; } = [];

    public List<ActionFact> Reactions { get; } = [];

    public List<ActionFact> Reposts { get; } = [];

    public List<FollowFact> Follows { get; } = [];

    public static MetricsDataSet Generate(int seed, DateTimeOffset now, int userCount = 90)
    {
        var f = new Faker { Random = new Randomizer(seed) };
        var set = new MetricsDataSet(now);

        // The admin who reads the metrics: an old account active today, so the host's own activity tracking of its
        // requests cannot change any figure.
        set.Admin = new UserFact(Guid.NewGuid(), "metrics_admin", now.AddDays(-120), "US", IsAdmin: true);
        set.Users.Add(set.Admin);
        set.Sessions.Add(new SessionFact(set.Admin.Id, now.AddHours(-2), now.AddMinutes(-30)));

        for (var i = 0; i < userCount; i++)
        {
            var created = now.AddDays(-f.Random.Int(0, 80)).AddMinutes(-f.Random.Int(0, 1439));
            if (created > now)
            {
                created = now.AddMinutes(-1);
            }

            set.Users.Add(new UserFact(Guid.NewGuid(), $"user_{i:000}_{f.Random.AlphaNumeric(6).ToLowerInvariant()}", created,
                f.PickRandom(Countries), IsAdmin: false));
        }

        foreach (var user in set.Users.Skip(1))
        {
            AddSessions(f, set, user);
        }

        AddContent(f, set);
        return set;
    }

    private static void AddSessions(Faker f, MetricsDataSet set, UserFact user)
    {
        var signupDay = user.CreatedAt.UtcDateTime.Date;
        // Day offsets after signup that retention looks at, plus random ones.
        int[] likely = [0, 1, 1, 2, 3, 7, 7, 8, 14, 30, 30, 31];
        var count = f.Random.Int(0, 7);
        for (var s = 0; s < count; s++)
        {
            var offset = f.Random.Bool(0.6f) ? f.PickRandom(likely) : f.Random.Int(0, 75);
            var start = new DateTimeOffset(signupDay.AddDays(offset), TimeSpan.Zero).AddMinutes(f.Random.Int(0, 1439));
            if (start < user.CreatedAt)
            {
                start = user.CreatedAt;
            }

            // One in five runs long, so some sessions cross midnight and count on two days.
            var end = start.AddMinutes(f.Random.Bool(0.2f) ? f.Random.Int(60, 300) : f.Random.Int(0, 45));
            if (start >= set.Now)
            {
                continue;
            }

            set.Sessions.Add(new SessionFact(user.Id, start, end > set.Now ? set.Now : end));
        }
    }

    private static void AddContent(Faker f, MetricsDataSet set)
    {
        DateTimeOffset After(DateTimeOffset earliest) =>
            earliest.AddMinutes(f.Random.Double() * (set.Now - earliest).TotalMinutes * 0.999);

        foreach (var user in set.Users)
        {
            for (var p = f.Random.Int(0, 4); p > 0; p--)
            {
                var at = After(user.CreatedAt);
                var deleted = f.Random.Bool(0.15f);
                var symbols = f.Random.Bool(0.5f) ? f.PickRandom(Symbols, f.Random.Int(1, 2)).ToArray() : [];
                set.Posts.Add(new PostFact(Guid.NewGuid(), user.Id, at, deleted, symbols));
            }
        }

        var live = set.Posts.Where(p => !p.Deleted).ToList();
        foreach (var user in set.Users)
        {
            var reacted = new HashSet<Guid>();
            var reposted = new HashSet<Guid>();
            var followed = new HashSet<Guid>();
            for (var i = f.Random.Int(0, 6); i > 0 && live.Count > 0; i--)
            {
                var post = f.PickRandom(live);
                var earliest = Max(user.CreatedAt, post.CreatedAt);
                switch (f.Random.Int(0, 2))
                {
                    case 0:
                        set.Comments.Add(new ActionFact(user.Id, post.Id, After(earliest), Deleted: f.Random.Bool(0.1f)));
                        break;
                    case 1 when reacted.Add(post.Id):
                        set.Reactions.Add(new ActionFact(user.Id, post.Id, After(earliest), Deleted: false));
                        break;
                    case 2 when post.AuthorId != user.Id && reposted.Add(post.Id):
                        set.Reposts.Add(new ActionFact(user.Id, post.Id, After(earliest), Deleted: false));
                        break;
                }
            }

            for (var i = f.Random.Int(0, 3); i > 0; i--)
            {
                var target = f.PickRandom(set.Users);
                if (target.Id == user.Id || !followed.Add(target.Id))
                {
                    continue;
                }

                // Half the follows come in the follower's first days, as the viral proxy looks for.
                var earliest = Max(user.CreatedAt, target.CreatedAt);
                var at = f.Random.Bool() ? earliest.AddHours(f.Random.Int(1, 200)) : After(earliest);
                set.Follows.Add(new FollowFact(user.Id, target.Id, at > set.Now ? set.Now.AddSeconds(-1) : at));
            }
        }
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    public async Task InsertAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var tx = await connection.BeginTransactionAsync();
        var batch = new NpgsqlBatch(connection, tx);

        void Add(string sql, params object?[] values)
        {
            var command = new NpgsqlBatchCommand(sql);
            foreach (var v in values)
            {
                command.Parameters.Add(new NpgsqlParameter { Value = v ?? DBNull.Value });
            }

            batch.BatchCommands.Add(command);
        }

        foreach (var u in Users)
        {
            Add("insert into users (id, username, display_name, country_code, role, created_at) values ($1, $2, $3, $4, $5, $6)",
                u.Id, u.Username, u.Username, u.CountryCode, u.IsAdmin ? "admin" : "user", u.CreatedAt);
        }

        foreach (var s in Sessions)
        {
            Add("insert into user_sessions (user_id, started_at, last_seen_at) values ($1, $2, $3)", s.UserId, s.StartedAt, s.LastSeenAt);
        }

        foreach (var p in Posts)
        {
            Add("insert into posts (id, author_id, content, created_at, deleted_at) values ($1, $2, $3, $4, $5)",
                p.Id, p.AuthorId, "post " + string.Join(" $", p.Symbols), p.CreatedAt, p.Deleted ? (object)Now : null);
            foreach (var symbol in p.Symbols)
            {
                Add("insert into post_tickers (post_id, symbol) values ($1, $2)", p.Id, symbol);
            }
        }

        foreach (var c in Comments)
        {
            Add("insert into comments (post_id, author_id, content, created_at, deleted_at) values ($1, $2, 'nice', $3, $4)",
                c.PostId, c.UserId, c.At, c.Deleted ? (object)Now : null);
        }

        foreach (var r in Reactions)
        {
            Add("insert into reactions (user_id, target_type, target_id, created_at) values ($1, 'post', $2, $3)", r.UserId, r.PostId, r.At);
        }

        foreach (var r in Reposts)
        {
            Add("insert into reposts (user_id, post_id, created_at) values ($1, $2, $3)", r.UserId, r.PostId, r.At);
        }

        foreach (var x in Follows)
        {
            Add("insert into follows (follower_id, followee_id, created_at) values ($1, $2, $3)", x.FollowerId, x.FolloweeId, x.At);
        }

        await batch.ExecuteNonQueryAsync();
        await tx.CommitAsync();
    }

    internal sealed record UserFact(Guid Id, string Username, DateTimeOffset CreatedAt, string? CountryCode, bool IsAdmin);

    internal sealed record SessionFact(Guid UserId, DateTimeOffset StartedAt, DateTimeOffset LastSeenAt);

    internal sealed record PostFact(Guid Id, Guid AuthorId, DateTimeOffset CreatedAt, bool Deleted, string[] Symbols);

    internal sealed record ActionFact(Guid UserId, Guid PostId, DateTimeOffset At, bool Deleted);

    internal sealed record FollowFact(Guid FollowerId, Guid FolloweeId, DateTimeOffset At);
}
