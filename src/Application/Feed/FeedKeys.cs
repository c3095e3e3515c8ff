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
    /// <remarks>
    /// Each source (the viewer's posts, each followee's posts, each followee's reposts) is cut to its newest
    /// limit + 1 rows before the merge, a LATERAL range of ix_posts_author_live or ix_reposts_user: a page reads
    /// at most (1 + 2 × followees) × (limit + 1) rows instead of everything the followed accounts ever posted.
    /// The page is the same: a post on it has its newest activity among its source's first limit + 1 rows, since
    /// every row above it there is another post ranked above it. Past a cursor that holds only if rows of posts
    /// already shown (one of their activities is at or above the cursor) are dropped before the cut, so they are.
    /// </remarks>
    public static IQueryable<PageKey> Following(IReadDbContext db, Guid viewerId, KeysetCursor? cursor, int limit)
    {
        var take = limit + 1;
        var live = db.Posts.Where(p => p.DeletedAt == null).ListedFor(db, viewerId);
        var follows = db.Follows.Where(f => f.FollowerId == viewerId);
        var followees = follows.Select(f => f.FolloweeId);
        var filtered = Filtered(db, viewerId);
        var posts = live;
        var reposts = from r in db.Reposts
                      join p in live on r.PostId equals p.Id
                      select new { r.UserId, r.PostId, At = r.CreatedAt, Post = p };
        if (cursor is { } after)
        {
            // Posts a followee reposted at or above the cursor: shown already. NOT IN, so PostgreSQL hashes this small set
            // once rather than probing reposts for every row; `>= cursor` gives it an index range of ix_reposts_user.
            var shown = Reposts(db, viewerId)
                .Where(r => r.CreatedAt >= after.At && (r.CreatedAt > after.At || r.PostId.CompareTo(after.Id) >= 0))
                .Select(r => r.PostId);
            // `At <= cursor` repeats the keyset condition in a form PostgreSQL can turn into an index range.
            posts = posts.Where(p => p.CreatedAt <= after.At
                && (p.CreatedAt < after.At || p.Id.CompareTo(after.Id) < 0)
                && !shown.Contains(p.Id));
            reposts = reposts.Where(x => x.At <= after.At
                && (x.At < after.At || x.PostId.CompareTo(after.Id) < 0)
                && !shown.Contains(x.PostId)
                && !((x.Post.AuthorId == viewerId || followees.Contains(x.Post.AuthorId))
                     && (x.Post.CreatedAt > after.At || (x.Post.CreatedAt == after.At && x.PostId.CompareTo(after.Id) >= 0))));
        }

        var own = posts.Where(p => p.AuthorId == viewerId)
            .OrderByDescending(p => p.CreatedAt).ThenByDescending(p => p.Id).Take(take)
            .Select(p => new FeedActivity { PostId = p.Id, At = p.CreatedAt });
        // `f.FollowerId == viewerId` again inside: with only the `author = followee` equality, EF turns the LATERAL
        // into a join on ROW_NUMBER() over every post (or repost) of every author, which reads the whole table.
        var followed = follows.SelectMany(f => posts.Where(p => p.AuthorId == f.FolloweeId && f.FollowerId == viewerId)
            .OrderByDescending(p => p.CreatedAt).ThenByDescending(p => p.Id).Take(take)
            .Select(p => new FeedActivity { PostId = p.Id, At = p.CreatedAt }));
        var reposted = follows.Where(f => !filtered.Contains(f.FolloweeId))
            .SelectMany(f => reposts.Where(x => x.UserId == f.FolloweeId && f.FollowerId == viewerId)
                .OrderByDescending(x => x.At).ThenByDescending(x => x.PostId).Take(take)
                .Select(x => new FeedActivity { PostId = x.PostId, At = x.At }));

        return own.Concat(followed).Concat(reposted)
            .GroupBy(a => a.PostId)
            .Select(g => new FeedActivity { PostId = g.Key, At = g.Max(a => a.At) })
            .PageAfter(cursor, limit, a => a.At, a => a.PostId)
            .Select(a => new PageKey(a.PostId, a.At));
    }

    /// <summary>Plain reposts that count for the viewer's following feed: by followed users the viewer has not muted.</summary>
    public static IQueryable<Repost> Reposts(IReadDbContext db, Guid viewerId)
    {
        var followees = Followees(db, viewerId);
        var filtered = Filtered(db, viewerId);
        return db.Reposts.Where(r => followees.Contains(r.UserId) && !filtered.Contains(r.UserId));
    }

    private static IQueryable<Guid> Followees(IReadDbContext db, Guid viewerId) =>
        db.Follows.Where(f => f.FollowerId == viewerId).Select(f => f.FolloweeId);

    // A follow survives a mute, and a mute hides what the muted user shares; blocks already removed the follow.
    private static IQueryable<Guid> Filtered(IReadDbContext db, Guid viewerId) =>
        db.Users.Where(u => u.Id == viewerId).SelectMany(u => u.ContentFilters).Select(f => f.TargetUserId);
}
