namespace PageShare.Infrastructure.Persistence.Queries;

/// <summary>
/// The statements behind <c>FeedKeyReader.FollowingAsync</c>: one page of the following feed's keys, each post once at
/// its newest activity, with the reposter of the entries that are reposts folded in. It replaced two LINQ queries (the
/// keys, then the reposters), whose building and translation cost the API more CPU than PostgreSQL spent running them.
/// </summary>
/// <remarks>
/// Each source (the viewer's posts, each followee's posts, each counted followee's reposts) is cut to its newest
/// <c>@take</c> rows before the merge, a LATERAL range of ix_posts_author_live or ix_reposts_user: a page reads at most
/// (1 + 2 × followees) × (limit + 1) rows instead of everything the followed accounts ever posted. The page is the
/// same: a post on it has its newest activity among its source's first limit + 1 rows, since every row above it there
/// is another post ranked above it. Past a cursor that holds only if rows of posts already shown (one of their
/// activities is at or above the cursor) are dropped before the cut, so they are.
/// </remarks>
internal static class FollowingFeedSql
{
    /// <summary>
    /// The first page: <c>@viewer</c> (uuid), <c>@take</c> (limit + 1). Columns: post id, activity time, then the
    /// reposter's id, username, display name, picture and verified flag (all null when the activity is the post).
    /// </summary>
    public static readonly string First = Keys(shown: "", postsAfter: "", repostsAfter: "");

    /// <summary>A later page: as <see cref="First"/>, after the cursor's <c>@at</c> (timestamptz) and <c>@id</c> (uuid).</summary>
    public static readonly string Next = Keys(Shown, PostsAfter, RepostsAfter);

    // Posts a counted followee reposted at or above the cursor: shown already, so none of their rows may take a place
    // in a source's cut. A CTE used twice is computed once, and NOT IN over it is one hash for every LATERAL range.
    private const string Shown = """
        , shown AS (
            SELECT r.post_id FROM reposters AS fr
            JOIN reposts AS r ON r.user_id = fr.user_id AND (r.created_at, r.post_id) >= (@at, @id)
        )
        """;

    // The row comparisons are index conditions on ix_posts_author_live and ix_reposts_user (created_at desc, id desc).
    private const string PostsAfter = """

                  AND (p.created_at, p.id) < (@at, @id) AND p.id NOT IN (SELECT s.post_id FROM shown AS s)
        """;

    // A repost of a post by the viewer or a followee created at or above the cursor: that post was shown already.
    private const string RepostsAfter = """

                  AND (r.created_at, r.post_id) < (@at, @id) AND r.post_id NOT IN (SELECT s.post_id FROM shown AS s)
                  AND ((p.created_at, p.id) < (@at, @id) OR p.author_id NOT IN (SELECT a.user_id FROM authors AS a))
        """;

    // hidden is ContentVisibility.ListedFor: the viewer's mutes and blocks, and the users who blocked the viewer.
    // reposters: a follow survives a mute, and a mute hides what the muted user shares (a block removed the follow).
    // The reposter of an entry is the counted followee whose repost is at the entry's time; the lowest id wins ties.
    private static string Keys(string shown, string postsAfter, string repostsAfter) => $"""
        WITH hidden (user_id) AS (
            {VisibilitySql.HiddenFromLists}
        ), followees AS (
            SELECT f.followee_id AS user_id FROM follows AS f WHERE f.follower_id = @viewer
        ), authors AS (
            SELECT @viewer AS user_id
            UNION ALL
            SELECT fe.user_id FROM followees AS fe
        ), reposters AS (
            SELECT fe.user_id FROM followees AS fe
            WHERE fe.user_id NOT IN (SELECT c.target_user_id FROM content_filters AS c WHERE c.user_id = @viewer)
        ){shown}, activity AS (
            SELECT ap.id, ap.at, ap.at AS created FROM authors AS a
            CROSS JOIN LATERAL (
                SELECT p.id, p.created_at AS at FROM posts AS p
                WHERE p.author_id = a.user_id AND p.deleted_at IS NULL
                  AND p.author_id NOT IN (SELECT h.user_id FROM hidden AS h){postsAfter}
                ORDER BY p.created_at DESC, p.id DESC
                LIMIT @take
            ) AS ap
            UNION ALL
            SELECT rp.id, rp.at, rp.created FROM reposters AS fr
            CROSS JOIN LATERAL (
                SELECT r.post_id AS id, r.created_at AS at, p.created_at AS created
                FROM reposts AS r
                JOIN posts AS p ON p.id = r.post_id
                WHERE r.user_id = fr.user_id AND p.deleted_at IS NULL
                  AND p.author_id NOT IN (SELECT h.user_id FROM hidden AS h){repostsAfter}
                ORDER BY r.created_at DESC, r.post_id DESC
                LIMIT @take
            ) AS rp
        ), page AS (
            SELECT a.id, max(a.at) AS at, max(a.created) AS created FROM activity AS a
            GROUP BY a.id
            ORDER BY max(a.at) DESC, a.id DESC
            LIMIT @take
        )
        SELECT k.id AS "Id", k.at AS "At", u.id AS "ReposterId", u.username AS "Username", u.display_name AS "DisplayName",
               u.profile_picture_url AS "ProfilePictureUrl", u.is_verified AS "IsVerified"
        FROM page AS k
        LEFT JOIN LATERAL (
            SELECT r.user_id FROM reposts AS r
            WHERE r.post_id = k.id AND r.created_at = k.at AND k.at > k.created
              AND r.user_id IN (SELECT fr.user_id FROM reposters AS fr)
            ORDER BY r.user_id
            LIMIT 1
        ) AS rb ON TRUE
        LEFT JOIN users AS u ON u.id = rb.user_id
        ORDER BY k.at DESC, k.id DESC
        """;
}
