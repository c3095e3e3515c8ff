namespace PageShare.Infrastructure.Persistence.Seeding.BulkData;

/// <summary>
/// Every trigger-maintained counter of the schema (0003-0006), as set-based queries. A new counter trigger
/// in a migration belongs here too, or bulk loads leave it at zero.
/// </summary>
public static class CounterSets
{
    public static readonly IReadOnlyList<CounterSet> All =
    [
        new("users", ["followers_count", "following_count", "posts_count"], """
            select u.id, coalesce(fr.n, 0) as followers_count, coalesce(fg.n, 0) as following_count, coalesce(p.n, 0) as posts_count
            from users u
            left join (select followee_id as id, count(*)::int as n from follows group by 1) fr on fr.id = u.id
            left join (select follower_id as id, count(*)::int as n from follows group by 1) fg on fg.id = u.id
            left join (select author_id as id, count(*)::int as n from posts where deleted_at is null group by 1) p on p.id = u.id
            """),
        new("posts", ["likes_count", "comments_count", "reposts_count", "quotes_count", "bookmarks_count"], """
            select p.id, coalesce(l.n, 0) as likes_count, coalesce(c.n, 0) as comments_count, coalesce(r.n, 0) as reposts_count,
                   coalesce(q.n, 0) as quotes_count, coalesce(b.n, 0) as bookmarks_count
            from posts p
            left join (select target_id as id, count(*)::int as n from reactions where target_type = 'post' group by 1) l on l.id = p.id
            left join (select post_id as id, count(*)::int as n from comments where deleted_at is null group by 1) c on c.id = p.id
            left join (select post_id as id, count(*)::int as n from reposts group by 1) r on r.id = p.id
            left join (select quoted_post_id as id, count(*)::int as n from posts
                       where quoted_post_id is not null and deleted_at is null group by 1) q on q.id = p.id
            left join (select post_id as id, count(*)::int as n from bookmarks group by 1) b on b.id = p.id
            """),
        new("comments", ["likes_count", "replies_count"], """
            select c.id, coalesce(l.n, 0) as likes_count, coalesce(r.n, 0) as replies_count
            from comments c
            left join (select target_id as id, count(*)::int as n from reactions where target_type = 'comment' group by 1) l on l.id = c.id
            left join (select parent_id as id, count(*)::int as n from comments
                       where parent_id is not null and deleted_at is null group by 1) r on r.id = c.id
            """),
        new("tickers", ["posts_count"], """
            select t.symbol, coalesce(n.n, 0) as posts_count
            from tickers t
            left join (select pt.symbol, count(*)::int as n from post_tickers pt
                       join posts p on p.id = pt.post_id and p.deleted_at is null group by 1) n on n.symbol = t.symbol
            """),
        new("poll_options", ["votes_count"], """
            select o.id, coalesce(v.n, 0) as votes_count
            from poll_options o
            left join (select option_id as id, count(*)::int as n from poll_votes group by 1) v on v.id = o.id
            """),
    ];

    /// <summary>Values the triggers or the application derive, not counts: refreshed after a bulk load.</summary>
    public static readonly IReadOnlyList<string> DerivedSql =
    [
        """
        update tickers t set last_mentioned_at = m.last_at
        from (select pt.symbol, max(pt.created_at) as last_at from post_tickers pt
              join posts p on p.id = pt.post_id and p.deleted_at is null group by 1) m
        where t.symbol = m.symbol and m.last_at > t.last_mentioned_at
        """,
        """
        update users u set last_active_at = s.last_seen_at
        from (select user_id, max(last_seen_at) as last_seen_at from user_sessions group by 1) s
        where u.id = s.user_id and s.last_seen_at > coalesce(u.last_active_at, '-infinity')
        """,
    ];
}
