namespace PageShare.Infrastructure.Persistence.Queries;

/// <summary>
/// The statements behind <c>FeedKeyReader</c>. A file of its own, with no dependencies, because the benchmark floor
/// (benchmarks/Floor) compiles this same text: the floor must send exactly the API's SQL.
/// </summary>
internal static class FeedKeysSql
{
    // ContentVisibility.ListedFor in SQL: the viewer's mutes and blocks, and the users who blocked the viewer.
    private const string Listed = """
        p.deleted_at IS NULL
          AND p.author_id NOT IN (
              SELECT f.target_user_id FROM content_filters AS f WHERE f.user_id = @viewer
              UNION ALL
              SELECT f.user_id FROM content_filters AS f WHERE f.target_user_id = @viewer AND f.kind = 'block')
        """;

    /// <summary>The first page: <c>@viewer</c> (uuid), <c>@take</c> (limit + 1). A range of ix_posts_feed.</summary>
    public const string First = $"""
        SELECT p.id AS "Id", p.created_at AS "At"
        FROM posts AS p
        WHERE {Listed}
        ORDER BY p.created_at DESC, p.id DESC
        LIMIT @take
        """;

    /// <summary>A later page: as <see cref="First"/>, after the cursor's <c>@at</c> (timestamptz) and <c>@id</c> (uuid).</summary>
    // Two statements rather than "@at IS NULL OR ...", so each is a plain index range; the row comparison is one
    // index condition on ix_posts_feed (created_at desc, id desc).
    public const string Next = $"""
        SELECT p.id AS "Id", p.created_at AS "At"
        FROM posts AS p
        WHERE {Listed} AND (p.created_at, p.id) < (@at, @id)
        ORDER BY p.created_at DESC, p.id DESC
        LIMIT @take
        """;
}
