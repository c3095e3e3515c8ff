using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using PageShare.Infrastructure.Persistence;

namespace PageShare.Infrastructure.Activity;

/// <summary>
/// Writes a batch of activity in one transaction of two statements, whatever the number of users: a
/// per-user advisory lock (so two API processes flushing the same user cannot both open a session), then one
/// statement that extends or opens sessions and moves <c>last_active_at</c>.
/// </summary>
internal sealed class ActivityWriter(PageShareDbContext db)
{
    // Sorted keys: two flushers lock in the same order and cannot deadlock.
    private const string LockUsers = """
        SELECT pg_advisory_xact_lock(k)
        FROM (SELECT DISTINCT hashtextextended('user_sessions:' || id::text, 0) AS k FROM unnest(@user_ids) AS id ORDER BY k) keys
        """;

    // Rows of users not (or no longer) in `users` are skipped: FOR KEY SHARE keeps the found ones from being
    // deleted before the insert's foreign key check. Only a user's first run of the batch may extend the
    // latest session; later runs are by construction 30 minutes apart and always open a new one.
    private const string WriteActivity = """
        WITH batch AS (
            SELECT b.user_id, b.started_at, b.last_seen_at, b.request_count, b.may_continue
            FROM unnest(@user_ids, @started_at, @last_seen_at, @request_count, @may_continue)
                 AS b (user_id, started_at, last_seen_at, request_count, may_continue)
            JOIN users u ON u.id = b.user_id
            FOR KEY SHARE OF u
        ),
        latest AS (
            SELECT DISTINCT ON (s.user_id) s.id, s.user_id, s.last_seen_at
            FROM user_sessions s
            JOIN batch b ON b.user_id = s.user_id AND b.may_continue
            ORDER BY s.user_id, s.last_seen_at DESC
        ),
        extended AS (
            UPDATE user_sessions s
            SET last_seen_at = greatest(s.last_seen_at, b.last_seen_at),
                request_count = s.request_count + b.request_count
            FROM batch b
            JOIN latest l ON l.user_id = b.user_id
            WHERE s.id = l.id AND b.may_continue AND l.last_seen_at >= b.started_at - @session_gap
            RETURNING s.user_id
        ),
        opened AS (
            INSERT INTO user_sessions (user_id, started_at, last_seen_at, request_count)
            SELECT b.user_id, b.started_at, b.last_seen_at, b.request_count
            FROM batch b
            WHERE NOT (b.may_continue AND b.user_id IN (SELECT user_id FROM extended))
            RETURNING user_id
        )
        UPDATE users u
        SET last_active_at = a.last_seen_at
        FROM (SELECT user_id, max(last_seen_at) AS last_seen_at FROM batch GROUP BY user_id) a
        WHERE u.id = a.user_id
          AND (u.last_active_at IS NULL OR u.last_active_at <= a.last_seen_at - @last_active_resolution)
        """;

    public async Task WriteAsync(IReadOnlyList<ActivitySegment> segments, CancellationToken cancellationToken)
    {
        if (segments.Count == 0)
        {
            return;
        }

        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async ct =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await db.Database.ExecuteSqlRawAsync(LockUsers, [UserIds(segments)], ct);
            await db.Database.ExecuteSqlRawAsync(WriteActivity, Parameters(segments), ct);
            await transaction.CommitAsync(ct);
        }, cancellationToken);
    }

    private static NpgsqlParameter UserIds(IReadOnlyList<ActivitySegment> segments) =>
        new("user_ids", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { Value = segments.Select(s => s.UserId).ToArray() };

    private static object[] Parameters(IReadOnlyList<ActivitySegment> segments) =>
    [
        UserIds(segments),
        new NpgsqlParameter("started_at", NpgsqlDbType.Array | NpgsqlDbType.TimestampTz) { Value = segments.Select(s => s.StartedAt.UtcDateTime).ToArray() },
        new NpgsqlParameter("last_seen_at", NpgsqlDbType.Array | NpgsqlDbType.TimestampTz) { Value = segments.Select(s => s.LastSeenAt.UtcDateTime).ToArray() },
        new NpgsqlParameter("request_count", NpgsqlDbType.Array | NpgsqlDbType.Integer) { Value = segments.Select(s => s.RequestCount).ToArray() },
        new NpgsqlParameter("may_continue", NpgsqlDbType.Array | NpgsqlDbType.Boolean) { Value = segments.Select(s => s.MayContinueLatest).ToArray() },
        new NpgsqlParameter("session_gap", NpgsqlDbType.Interval) { Value = ActivityOptions.SessionGap },
        new NpgsqlParameter("last_active_resolution", NpgsqlDbType.Interval) { Value = ActivityOptions.LastActiveResolution },
    ];
}
