namespace PageShare.Benchmarks.Floor;

/// <summary>
/// The key statements the API sends for one <c>GET /feed?scope=all</c> page, copied from PostgreSQL's statement log
/// (EF Core 10, FeedKeys as of issue 7), parameters renamed from $n to the same positions. The second and last
/// statement of a page, the posts with every detail, is the API's own text (PostRowsSql, compiled in). Same SQL,
/// same order, one round trip each: the floor differs from the API only in what runs around the database.
/// </summary>
internal static class FeedSql
{
    // The viewer's mutes and blocks, and who blocked the viewer ($1 = viewer).
    private const string HiddenAuthors = """
        p.author_id NOT IN (
            SELECT c.target_user_id
            FROM users AS u
            INNER JOIN content_filters AS c ON u.id = c.user_id
            WHERE c.user_id = $1
            UNION ALL
            SELECT c0.user_id AS target_user_id
            FROM users AS u0
            INNER JOIN content_filters AS c0 ON u0.id = c0.user_id
            WHERE c0.target_user_id = $1 AND c0.kind = 'block'
        )
        """;

    /// <summary>$1 viewer, $2 limit + 1.</summary>
    public const string FirstKeys = $"""
        SELECT p.id, p.created_at
        FROM posts AS p
        WHERE p.deleted_at IS NULL AND {HiddenAuthors}
        ORDER BY p.created_at DESC, p.id DESC
        LIMIT $2
        """;

    /// <summary>$1 viewer, $2 and $3 the cursor's time and id, $4 limit + 1.</summary>
    public const string NextKeys = $"""
        SELECT p.id, p.created_at
        FROM posts AS p
        WHERE p.deleted_at IS NULL AND {HiddenAuthors} AND (p.created_at < $2 OR (p.created_at = $2 AND p.id < $3))
        ORDER BY p.created_at DESC, p.id DESC
        LIMIT $4
        """;
}
