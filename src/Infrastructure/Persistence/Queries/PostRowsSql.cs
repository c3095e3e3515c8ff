namespace PageShare.Infrastructure.Persistence.Queries;

/// <summary>
/// The statement behind <c>PostRowReader</c>: posts by id with their quoted posts and every detail of both in
/// one round trip. A file of its own, with no dependencies, because the benchmark floor (benchmarks/Floor) compiles
/// this same text: the floor must send exactly the API's SQL.
/// </summary>
internal static class PostRowsSql
{
    /// <summary>
    /// <c>@ids</c> the requested post ids (uuid[]), <c>@viewer</c> the viewer (uuid, null when anonymous: no user
    /// hidden, every viewer flag false). <c>PostRowReader</c> and the floor read the columns by position.
    /// </summary>
    // ContentVisibility.VisibleTo in SQL: blocks either way hide a post read by id (mutes only hide from lists). Each
    // lateral detail is an index range of one post (pk_post_tickers, ux_media_post_position, ux_polls_post,
    // ux_poll_options_position, and the viewer's primary keys for likes, bookmarks, reposts and votes).
    public const string Text = """
        WITH hidden AS (
            SELECT f.target_user_id AS user_id FROM content_filters AS f WHERE f.user_id = @viewer AND f.kind = 'block'
            UNION ALL
            SELECT f.user_id FROM content_filters AS f WHERE f.target_user_id = @viewer AND f.kind = 'block'
        ), listed AS (
            SELECT p.id, p.quoted_post_id FROM posts AS p
            WHERE p.id = ANY (@ids) AND p.deleted_at IS NULL AND p.author_id NOT IN (SELECT h.user_id FROM hidden AS h)
        ), shown AS (
            SELECT l.id FROM listed AS l
            UNION
            SELECT q.id FROM posts AS q
            WHERE q.id IN (SELECT l.quoted_post_id FROM listed AS l) AND q.deleted_at IS NULL
              AND q.author_id NOT IN (SELECT h.user_id FROM hidden AS h)
        )
        SELECT p.id AS "Id", u.id AS "AuthorId", u.username AS "Username", u.display_name AS "DisplayName",
               u.profile_picture_url AS "ProfilePictureUrl", u.is_verified AS "IsVerified",
               p.content AS "Content", p.gif_url AS "GifUrl", p.sentiment AS "Sentiment", p.quoted_post_id AS "QuotedPostId",
               p.likes_count AS "LikesCount", p.comments_count AS "CommentsCount", p.reposts_count AS "RepostsCount",
               p.quotes_count AS "QuotesCount", p.bookmarks_count AS "BookmarksCount",
               p.created_at AS "CreatedAt", p.updated_at AS "UpdatedAt",
               ARRAY(SELECT t.symbol FROM post_tickers AS t WHERE t.post_id = p.id ORDER BY t.symbol COLLATE "C") AS "Tickers",
               coalesce(m.urls, ARRAY[]::text[]) AS "MediaUrls", coalesce(m.types, ARRAY[]::text[]) AS "MediaTypes",
               coalesce(m.widths, ARRAY[]::int[]) AS "MediaWidths", coalesce(m.heights, ARRAY[]::int[]) AS "MediaHeights",
               pl.id AS "PollId", pl.ends_at AS "PollEndsAt",
               coalesce(o.ids, ARRAY[]::uuid[]) AS "OptionIds", coalesce(o.texts, ARRAY[]::text[]) AS "OptionTexts", coalesce(o.votes, ARRAY[]::int[]) AS "OptionVotes",
               (SELECT v.option_id FROM poll_votes AS v WHERE v.poll_id = pl.id AND v.user_id = @viewer) AS "ViewerVoteOptionId",
               EXISTS (SELECT 1 FROM reactions AS r
                       WHERE r.user_id = @viewer AND r.target_type = 'post' AND r.target_id = p.id) AS "Liked",
               EXISTS (SELECT 1 FROM bookmarks AS b WHERE b.user_id = @viewer AND b.post_id = p.id) AS "Bookmarked",
               EXISTS (SELECT 1 FROM reposts AS rp WHERE rp.user_id = @viewer AND rp.post_id = p.id) AS "Reposted"
        FROM shown AS s
        JOIN posts AS p ON p.id = s.id
        JOIN users AS u ON u.id = p.author_id
        LEFT JOIN LATERAL (
            SELECT array_agg(md.url ORDER BY md.position) AS urls, array_agg(md.content_type ORDER BY md.position) AS types,
                   array_agg(md.width ORDER BY md.position) AS widths, array_agg(md.height ORDER BY md.position) AS heights
            FROM media AS md WHERE md.post_id = p.id
        ) AS m ON TRUE
        LEFT JOIN polls AS pl ON pl.post_id = p.id
        LEFT JOIN LATERAL (
            SELECT array_agg(po.id ORDER BY po.position) AS ids, array_agg(po.text ORDER BY po.position) AS texts,
                   array_agg(po.votes_count ORDER BY po.position) AS votes
            FROM poll_options AS po WHERE po.poll_id = pl.id
        ) AS o ON TRUE
        """;
}
