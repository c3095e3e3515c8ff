using PageShare.Application.Common.Paging;
using PageShare.Application.Common.Persistence;
using PageShare.Application.Common.Visibility;
using PageShare.Domain.Engagement;

namespace PageShare.Application.Feed;

/// <summary>
/// The key query of <c>GET /feed?scope=following</c>: one page of (post id, activity time), newest first. Public so
/// the query-plan test explains exactly the SQL the endpoint sends. (The <c>all</c> scope's keys are hand-written
/// SQL: <see cref="IFeedKeyReader"/>.)
/// </summary>
public static class FeedKeys
{
    /// <summary>
    /// Posts by the viewer and followed users, and posts reposted by followed users, each once at its newest
    /// activity: grouping by post before paging keeps a post on one page only, so paging stays stable.
    /// </summary>
    public static IQueryable<PageKey> Following(IReadDbContext db, Guid viewerId, KeysetCursor? cursor, int limit)
    {
        var live = db.Posts.Where(p => p.DeletedAt == null).ListedFor(db, viewerId);
        var followees = Followees(db, viewerId);
        // Two branches, not `author = viewer OR author IN followees`: PostgreSQL cannot serve that OR from an index and
        // reads every post; each branch is a range of ix_posts_author_live (FeedQueryPlanTests).
        var posted = live.Where(p => p.AuthorId == viewerId).Select(p => new FeedActivity { PostId = p.Id, At = p.CreatedAt })
            .Concat(live.Where(p => followees.Contains(p.AuthorId)).Select(p => new FeedActivity { PostId = p.Id, At = p.CreatedAt }));
        var reposted =
            from r in Reposts(db, viewerId)
            join p in live on r.PostId equals p.Id
            select new FeedActivity { PostId = r.PostId, At = r.CreatedAt };

        return posted.Concat(reposted)
            .GroupBy(a => a.PostId)
            .Select(g => new FeedActivity { PostId = g.Key, At = g.Max(a => a.At) })
            .PageAfter(cursor, limit, a => a.At, a => a.PostId)
            .Select(a => new PageKey(a.PostId, a.At));
    }

    /// <summary>Plain reposts that count for the viewer's following feed: by followed users the viewer has not muted.</summary>
    public static IQueryable<Repost> Reposts(IReadDbContext db, Guid viewerId)
    {
        var followees = Followees(db, viewerId);
        // A follow survives a mute, and a mute hides what the muted user shares; blocks already removed the follow.
        var filtered = db.Users.Where(u => u.Id == viewerId).SelectMany(u => u.ContentFilters).Select(f => f.TargetUserId);
        return db.Reposts.Where(r => followees.Contains(r.UserId) && !filtered.Contains(r.UserId));
    }

    private static IQueryable<Guid> Followees(IReadDbContext db, Guid viewerId) =>
        db.Follows.Where(f => f.FollowerId == viewerId).Select(f => f.FolloweeId);
}
