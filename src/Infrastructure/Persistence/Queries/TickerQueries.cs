using Microsoft.EntityFrameworkCore;
using PageShare.Application.Common.Paging;
using PageShare.Application.Tickers;
using PageShare.Domain.Posts;

namespace PageShare.Infrastructure.Persistence.Queries;

/// <summary>
/// Ticker pages and trending, computed live from post_tickers. Its created_at is a copy of the post's
/// (migration 0004), so every window and page is a range of ix_post_tickers_symbol
/// (symbol, created_at desc, post_id desc) or ix_post_tickers_created_at (created_at, symbol), joined to posts
/// by primary key only to drop deleted posts.
/// </summary>
internal sealed class TickerQueries(PageShareDbContext db) : ITickerQueries
{
    private static readonly TimeSpan MentionsWindow = TimeSpan.FromHours(24);
    private static readonly TimeSpan SentimentWindow = TimeSpan.FromDays(7);

    public async Task<TickerStats?> GetStatsAsync(TickerSymbol symbol, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var since24h = now - MentionsWindow;
        var since7d = now - SentimentWindow;
        var rows = await db.Database.SqlQuery<TickerStatsRow>($"""
            SELECT t.symbol AS "Symbol", t.name AS "Name", t.posts_count AS "PostsCount",
                   t.first_seen_at AS "FirstSeenAt", t.last_mentioned_at AS "LastMentionedAt",
                   w.mentions_24h AS "Mentions24h", w.bullish AS "Bullish", w.bearish AS "Bearish"
            FROM tickers t
            CROSS JOIN LATERAL (
                SELECT (count(*) FILTER (WHERE pt.created_at >= {since24h}))::int AS mentions_24h,
                       (count(*) FILTER (WHERE p.sentiment = 'bullish'))::int AS bullish,
                       (count(*) FILTER (WHERE p.sentiment = 'bearish'))::int AS bearish
                FROM post_tickers pt
                JOIN posts p ON p.id = pt.post_id AND p.deleted_at IS NULL
                WHERE pt.symbol = t.symbol AND pt.created_at >= {since7d}
            ) w
            WHERE t.symbol = {symbol.Value}
            """).ToListAsync(cancellationToken);

        if (rows.Count == 0)
        {
            return null;
        }

        var r = rows[0];
        return new TickerStats(r.Symbol, r.Name, r.PostsCount, r.FirstSeenAt, r.LastMentionedAt, r.Mentions24h, r.Bullish, r.Bearish);
    }

    public async Task<bool> ExistsAsync(TickerSymbol symbol, CancellationToken cancellationToken)
    {
        var found = await db.Database.SqlQuery<bool>($"""
            SELECT EXISTS (SELECT 1 FROM tickers WHERE symbol = {symbol.Value}) AS "Value"
            """).ToListAsync(cancellationToken);
        return found[0];
    }

    public async Task<IReadOnlyList<PageKey>> PagePostKeysAsync(TickerSymbol symbol, KeysetCursor? cursor, int limit, Guid? viewerId,
        CancellationToken cancellationToken)
    {
        var take = limit + 1;
        // ContentVisibility.ListedFor in SQL: no user filters Guid.Empty, so an anonymous viewer hides nobody.
        var viewer = viewerId ?? Guid.Empty;
        // Two statements rather than "cursor IS NULL OR ...", so each gets a plain index range scan.
        var query = cursor is { } after
            ? db.Database.SqlQuery<PostKeyRow>($"""
                SELECT pt.post_id AS "Id", pt.created_at AS "At"
                FROM post_tickers pt
                JOIN posts p ON p.id = pt.post_id AND p.deleted_at IS NULL
                WHERE pt.symbol = {symbol.Value} AND (pt.created_at, pt.post_id) < ({after.At}, {after.Id})
                  AND p.author_id NOT IN (
                      SELECT f.target_user_id FROM content_filters f WHERE f.user_id = {viewer}
                      UNION ALL
                      SELECT f.user_id FROM content_filters f WHERE f.target_user_id = {viewer} AND f.kind = 'block')
                ORDER BY pt.created_at DESC, pt.post_id DESC
                LIMIT {take}
                """)
            : db.Database.SqlQuery<PostKeyRow>($"""
                SELECT pt.post_id AS "Id", pt.created_at AS "At"
                FROM post_tickers pt
                JOIN posts p ON p.id = pt.post_id AND p.deleted_at IS NULL
                WHERE pt.symbol = {symbol.Value}
                  AND p.author_id NOT IN (
                      SELECT f.target_user_id FROM content_filters f WHERE f.user_id = {viewer}
                      UNION ALL
                      SELECT f.user_id FROM content_filters f WHERE f.target_user_id = {viewer} AND f.kind = 'block')
                ORDER BY pt.created_at DESC, pt.post_id DESC
                LIMIT {take}
                """);
        var rows = await query.ToListAsync(cancellationToken);
        return rows.Select(r => new PageKey(r.Id, r.At)).ToList();
    }

    public async Task<IReadOnlyList<TrendingTickerDto>> GetTrendingAsync(DateTimeOffset since, int limit, CancellationToken cancellationToken)
    {
        // count(*) counts posts: (post_id, symbol) is the primary key. COLLATE "C" makes the last tie-break ordinal.
        var rows = await db.Database.SqlQuery<TrendingRow>($"""
            SELECT m.symbol AS "Symbol", t.name AS "Name", m.mentions AS "Mentions", m.posts AS "Posts"
            FROM (
                SELECT pt.symbol, count(DISTINCT p.author_id)::int AS mentions, count(*)::int AS posts
                FROM post_tickers pt
                JOIN posts p ON p.id = pt.post_id AND p.deleted_at IS NULL
                WHERE pt.created_at >= {since}
                GROUP BY pt.symbol
            ) m
            JOIN tickers t ON t.symbol = m.symbol
            ORDER BY m.mentions DESC, m.posts DESC, m.symbol COLLATE "C"
            LIMIT {limit}
            """).ToListAsync(cancellationToken);
        return rows.Select(r => new TrendingTickerDto(r.Symbol, r.Name, r.Mentions, r.Posts)).ToList();
    }

    private sealed record TickerStatsRow(string Symbol, string? Name, int PostsCount, DateTimeOffset FirstSeenAt,
        DateTimeOffset LastMentionedAt, int Mentions24h, int Bullish, int Bearish);

    private sealed record PostKeyRow(Guid Id, DateTimeOffset At);

    private sealed record TrendingRow(string Symbol, string? Name, int Mentions, int Posts);
}
