using Microsoft.EntityFrameworkCore;
using PageShare.Application.Follows;

namespace PageShare.Infrastructure.Persistence.Queries;

/// <summary>
/// Who to follow, in one statement. Candidates come ranked by source (1 followed by people the viewer follows,
/// 2 posting about the viewer's tickers in the last 90 days, 3 sharing an interest, 4 popular); DISTINCT ON keeps each
/// user's best source, and the exclusions (the viewer, followed, muted, blocked, blocking, anonymous) apply once.
/// The viewer's interests count as tickers too: traders list symbols there ("TSLA", "$NVDA").
/// Every source is bounded and indexed (SuggestionsQueryPlanTests): the follows of followed users (ix_follows_follower),
/// the tickers of the viewer's latest posts matched against each ticker's latest posts in the window
/// (ix_post_tickers_symbol), interests through ix_users_interests_lower (0012), popular users down
/// ix_users_followers_count.
/// </summary>
internal sealed class SuggestionsReader(PageShareDbContext db) : ISuggestionsReader
{
    // The viewer's latest posts read for their tickers, and each shared ticker's latest posts read for their authors:
    // bounds the work for prolific posters and popular tickers alike.
    private const int RecentPosts = 200;

    private static readonly string[] Reasons =
    [
        SuggestionReasons.FollowedByPeopleYouFollow, SuggestionReasons.SharedTickers, SuggestionReasons.SharedInterests,
        SuggestionReasons.Popular,
    ];

    public async Task<IReadOnlyList<SuggestedUser>> SuggestAsync(Guid viewerId, int limit, CancellationToken cancellationToken)
    {
        var rows = await db.Database.SqlQuery<SuggestionRow>($"""
            WITH viewer AS (
                SELECT interests FROM users WHERE id = {viewerId}
            ),
            excluded AS (
                SELECT {viewerId}::uuid AS id
                UNION SELECT followee_id FROM follows WHERE follower_id = {viewerId}
                UNION SELECT target_user_id FROM content_filters WHERE user_id = {viewerId}
                UNION SELECT user_id FROM content_filters WHERE target_user_id = {viewerId} AND kind = 'block'
            ),
            my_tickers AS (
                SELECT pt.symbol
                FROM (SELECT id FROM posts WHERE author_id = {viewerId} AND deleted_at IS NULL
                      ORDER BY created_at DESC LIMIT {RecentPosts}) p
                JOIN post_tickers pt ON pt.post_id = p.id
                UNION
                SELECT upper(ltrim(i, '$#')) FROM viewer, unnest(viewer.interests) AS i
            ),
            my_interests AS (
                SELECT coalesce(array_agg(DISTINCT lower(i)), ARRAY[]::text[]) AS interests FROM viewer, unnest(viewer.interests) AS i
            ),
            candidates AS (
                SELECT f2.followee_id AS id, 1 AS rank, count(*)::int AS score
                FROM follows f1 JOIN follows f2 ON f2.follower_id = f1.followee_id
                WHERE f1.follower_id = {viewerId}
                GROUP BY f2.followee_id
                UNION ALL
                SELECT p.author_id, 2, count(DISTINCT t.symbol)::int
                FROM my_tickers t
                CROSS JOIN LATERAL (
                    SELECT pt.post_id FROM post_tickers pt
                    WHERE pt.symbol = t.symbol AND pt.created_at >= now() - interval '90 days'
                    ORDER BY pt.created_at DESC
                    LIMIT {RecentPosts}
                ) pt
                JOIN posts p ON p.id = pt.post_id AND p.deleted_at IS NULL
                GROUP BY p.author_id
                UNION ALL
                SELECT u.id, 3,
                       (SELECT count(DISTINCT lower(ui)) FROM unnest(u.interests) AS ui WHERE lower(ui) = ANY(m.interests))::int
                FROM my_interests m JOIN users u ON lower_text_array(u.interests) && m.interests
                UNION ALL
                (SELECT u.id, 4, u.followers_count FROM users u
                 WHERE u.id NOT IN (SELECT id FROM excluded) AND NOT u.is_anonymous
                 ORDER BY u.followers_count DESC, u.id
                 LIMIT {limit})
            ),
            best AS (
                SELECT DISTINCT ON (c.id) c.id, c.rank, c.score
                FROM candidates c
                WHERE c.id NOT IN (SELECT id FROM excluded)
                ORDER BY c.id, c.rank
            )
            SELECT b.id AS "UserId", b.rank AS "Rank", b.score AS "Score"
            FROM best b
            -- LIMIT 1 keeps this a primary-key look-up per candidate (a few hundred at most); as a plain join the
            -- planner may hash every user instead.
            CROSS JOIN LATERAL (SELECT u.followers_count FROM users u WHERE u.id = b.id AND NOT u.is_anonymous LIMIT 1) u
            ORDER BY b.rank, b.score DESC, u.followers_count DESC, b.id
            LIMIT {limit}
            """).ToListAsync(cancellationToken);
        return rows.Select(r => new SuggestedUser(r.UserId, Reasons[r.Rank - 1], r.Score)).ToList();
    }

    private sealed record SuggestionRow(Guid UserId, int Rank, int Score);
}
