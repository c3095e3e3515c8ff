using Microsoft.EntityFrameworkCore;
using PageShare.Application.Metrics;

namespace PageShare.Infrastructure.Persistence.Queries;

/// <summary>
/// The admin metrics over the SQL functions and materialized views of migration 0011. The views are a cache of
/// completed days: a day they lack (today, a day after the last refresh, a day beyond their 400-day history) is
/// computed by the same function the view is built from, so a stale or unrefreshed view costs time, never accuracy.
/// </summary>
internal sealed class MetricsQueries(PageShareDbContext db) : IMetricsQueries
{
    public async Task<IReadOnlyList<DailyMetricsDto>> GetDailyAsync(DateOnly from, DateOnly to, DateOnly today, CancellationToken cancellationToken)
    {
        var lastCompleted = today.AddDays(-1);
        // One statement: the view's rows for completed days, and metrics_daily over the span of the days it lacks.
        return await db.Database.SqlQuery<DailyMetricsDto>($"""
            WITH cached AS (
                SELECT * FROM daily_metrics WHERE day BETWEEN {from} AND {lastCompleted} AND day <= {to}
            ),
            missing AS (
                SELECT d::date AS day FROM generate_series({from}::date, {to}::date, interval '1 day') d
                WHERE NOT EXISTS (SELECT 1 FROM cached c WHERE c.day = d::date)
            ),
            live AS (
                SELECT m.* FROM metrics_daily((SELECT min(day) FROM missing), (SELECT max(day) FROM missing)) m
                WHERE m.day IN (SELECT day FROM missing)
            )
            SELECT day AS "Day", dau AS "Dau", wau AS "Wau", mau AS "Mau", signups AS "Signups", users_total AS "UsersTotal",
                   posts AS "Posts", comments AS "Comments", reactions AS "Reactions", reposts AS "Reposts",
                   follows AS "Follows", poll_votes AS "PollVotes"
            FROM (SELECT * FROM cached UNION ALL SELECT * FROM live) x
            ORDER BY day
            """).ToListAsync(cancellationToken);
    }

    public async Task<EngagementFigures> GetEngagementAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var rows = await db.Database.SqlQuery<EngagementFigures>($"""
            SELECT engaged_users AS "EngagedUsers", posters AS "Posters", commenters AS "Commenters", reactors AS "Reactors",
                   reposters AS "Reposters", followers AS "Followers", posts AS "Posts", post_reactions AS "PostReactions",
                   post_comments AS "PostComments", post_reposts AS "PostReposts"
            FROM metrics_engagement({from}, {to})
            """).ToListAsync(cancellationToken);
        return rows[0];
    }

    public async Task<CohortRetention> GetRetentionAsync(int dayN, DateOnly cohortFrom, DateOnly cohortTo, CancellationToken cancellationToken)
    {
        var rows = await db.Database.SqlQuery<CohortRetention>($"""
            SELECT cohort_size AS "CohortSize", retained AS "Retained" FROM metrics_retention({dayN}, {cohortFrom}, {cohortTo})
            """).ToListAsync(cancellationToken);
        return rows[0];
    }

    public async Task<ChurnFigures> GetChurnAsync(DateOnly asOf, int windowDays, CancellationToken cancellationToken)
    {
        var rows = await db.Database.SqlQuery<ChurnFigures>($"""
            SELECT previous_active AS "PreviousActive", churned AS "Churned" FROM metrics_churn({asOf}, {windowDays})
            """).ToListAsync(cancellationToken);
        return rows[0];
    }

    public async Task<IReadOnlyList<CountryMetricsDto>> GetCountriesAsync(DateOnly asOf, CancellationToken cancellationToken)
    {
        // Every country (at most ~250 rows): a distribution with its tail cut off would not add up to the total.
        return await db.Database.SqlQuery<CountryMetricsDto>($"""
            SELECT u.country_code::text AS "CountryCode", count(*)::int AS "Users", count(a.user_id)::int AS "ActiveUsers"
            FROM users u
            LEFT JOIN (SELECT DISTINCT user_id FROM metrics_active_days({asOf.AddDays(-29)}, {asOf})) a ON a.user_id = u.id
            GROUP BY u.country_code
            ORDER BY count(*) DESC, u.country_code NULLS LAST
            """).ToListAsync(cancellationToken);
    }

    public async Task<ViralFigures> GetViralAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var rows = await db.Database.SqlQuery<ViralFigures>($"""
            SELECT connected_signups AS "ConnectedSignups", previous_active AS "PreviousActive" FROM metrics_viral({from}, {to})
            """).ToListAsync(cancellationToken);
        return rows[0];
    }

    public async Task<IReadOnlyList<MetricsTickerDto>> GetTrendingTickersAsync(int windowDays, DateOnly today, int limit,
        CancellationToken cancellationToken)
    {
        var asOf = today.AddDays(-1);
        // The view holds the windows ending on the day before its refresh; any other day is computed live.
        var cached = await db.Database.SqlQuery<bool>($"""
            SELECT EXISTS (SELECT 1 FROM trending_tickers WHERE as_of = {asOf}) AS "Value"
            """).ToListAsync(cancellationToken);
        var source = cached[0]
            ? db.Database.SqlQuery<MetricsTickerDto>($"""
                SELECT symbol AS "Symbol", posts AS "Posts", authors AS "Authors"
                FROM trending_tickers WHERE window_days = {windowDays}
                ORDER BY authors DESC, posts DESC, symbol COLLATE "C"
                LIMIT {limit}
                """)
            : db.Database.SqlQuery<MetricsTickerDto>($"""
                SELECT symbol AS "Symbol", posts AS "Posts", authors AS "Authors"
                FROM metrics_trending_tickers({today.AddDays(-windowDays)}, {asOf})
                ORDER BY authors DESC, posts DESC, symbol COLLATE "C"
                LIMIT {limit}
                """);
        return await source.ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<TopPostDto>> GetTopPostsAsync(DateOnly from, DateOnly to, int limit, CancellationToken cancellationToken) =>
        await db.Database.SqlQuery<TopPostDto>($"""
            SELECT p.id AS "PostId", p.author_id AS "AuthorId", u.username AS "AuthorUsername", p.created_at AS "CreatedAt",
                   p.likes_count AS "Reactions", p.comments_count AS "Comments", p.reposts_count AS "Reposts",
                   p.quotes_count AS "Quotes",
                   (p.likes_count + p.comments_count + p.reposts_count + p.quotes_count) AS "Score"
            FROM posts p
            JOIN users u ON u.id = p.author_id
            WHERE p.deleted_at IS NULL
              AND p.created_at >= metrics_day_start({from}) AND p.created_at < metrics_day_start({to.AddDays(1)})
            ORDER BY "Score" DESC, p.created_at DESC, p.id DESC
            LIMIT {limit}
            """).ToListAsync(cancellationToken);
}
