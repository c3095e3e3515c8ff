namespace PageShare.Benchmarks.Floor;

/// <summary>
/// The statements the API sends for one <c>GET /feed?scope=all</c> page, copied from PostgreSQL's statement log
/// (EF Core 10, PostReader and FeedKeys as of issue 7), parameters renamed from $n to the same positions. Same SQL,
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

    // Only blocks, either way, hide a post read by id.
    private const string BlockedAuthors = """
        p.author_id NOT IN (
            SELECT c.target_user_id
            FROM users AS u
            INNER JOIN content_filters AS c ON u.id = c.user_id
            WHERE c.user_id = $1 AND c.kind = 'block'
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

    /// <summary>$1 viewer, $2 post ids.</summary>
    public const string Rows = $"""
        SELECT p.id, u2.id, u2.username, u2.display_name, u2.profile_picture_url, u2.is_verified, p.content, p.gif_url, p.sentiment, p.quoted_post_id, p.likes_count, p.comments_count, p.reposts_count, p.quotes_count, p.bookmarks_count, p.created_at, p.updated_at
        FROM posts AS p
        INNER JOIN users AS u2 ON p.author_id = u2.id
        WHERE {BlockedAuthors} AND p.id = ANY ($2) AND p.deleted_at IS NULL
        """;

    /// <summary>$1 post ids.</summary>
    public const string Tickers = """
        SELECT p0.post_id AS "PostId", p0.symbol AS "Symbol"
        FROM posts AS p
        INNER JOIN post_tickers AS p0 ON p.id = p0.post_id
        WHERE p.id = ANY ($1)
        """;

    /// <summary>$1 post ids.</summary>
    public const string Media = """
        SELECT m.post_id, m.url, m.content_type, m.width, m.height
        FROM media AS m
        WHERE m.post_id IS NOT NULL AND m.post_id = ANY ($1)
        ORDER BY m.position
        """;

    /// <summary>$1 post ids.</summary>
    public const string Polls = """
        SELECT p.id, p.post_id, p.ends_at, p0.id, p0.text, p0.votes_count
        FROM polls AS p
        LEFT JOIN poll_options AS p0 ON p.id = p0.poll_id
        WHERE p.post_id = ANY ($1)
        ORDER BY p.id, p0.position
        """;

    /// <summary>$1 viewer, $2 post ids.</summary>
    public const string Liked = """
        SELECT r.target_id
        FROM reactions AS r
        WHERE r.user_id = $1 AND r.target_type = 'post' AND r.target_id = ANY ($2)
        """;

    /// <summary>$1 viewer, $2 post ids.</summary>
    public const string Bookmarked = """
        SELECT b.post_id
        FROM bookmarks AS b
        WHERE b.user_id = $1 AND b.post_id = ANY ($2)
        """;

    /// <summary>$1 viewer, $2 post ids.</summary>
    public const string Reposted = """
        SELECT r.post_id
        FROM reposts AS r
        WHERE r.user_id = $1 AND r.post_id = ANY ($2)
        """;

    /// <summary>$1 viewer, $2 poll ids.</summary>
    public const string Votes = """
        SELECT p.poll_id, p.user_id, p.created_at, p.option_id
        FROM poll_votes AS p
        WHERE p.user_id = $1 AND p.poll_id = ANY ($2)
        """;
}
