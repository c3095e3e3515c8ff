using Microsoft.EntityFrameworkCore;
using PageShare.Application.Common.Exceptions;
using PageShare.Application.Common.Persistence;
using PageShare.Domain.Posts;
using PageShare.Domain.Users;

namespace PageShare.Application.Common.Visibility;

/// <summary>
/// The block and mute rules, written once and composed into every read. A block hides two users from each other
/// in both directions; a mute hides the muted user's posts and comments from the muter's lists only. Each rule is
/// a subquery of the caller's query (no extra round trip), so a page still costs a fixed number of queries.
/// The hand-written statements (Infrastructure, Persistence/Queries) carry the same rules in SQL: comments are read
/// only there.
/// </summary>
public static class ContentVisibility
{
    /// <summary>Posts whose author has not blocked the viewer and was not blocked by the viewer.</summary>
    public static IQueryable<Post> VisibleTo(this IQueryable<Post> posts, IReadDbContext db, Guid? viewerId)
    {
        if (viewerId is not { } viewer)
        {
            return posts;
        }

        var hidden = HiddenAuthors(db, viewer, false);
        return posts.Where(p => !hidden.Contains(p.AuthorId));
    }

    /// <summary>Posts for a list: <see cref="VisibleTo(IQueryable{Post}, IReadDbContext, Guid?)"/> minus muted authors.</summary>
    public static IQueryable<Post> ListedFor(this IQueryable<Post> posts, IReadDbContext db, Guid? viewerId)
    {
        if (viewerId is not { } viewer)
        {
            return posts;
        }

        var hidden = HiddenAuthors(db, viewer, true);
        return posts.Where(p => !hidden.Contains(p.AuthorId));
    }

    /// <summary>
    /// Profiles the viewer may open: all but those of users who blocked the viewer. A user the viewer blocked stays
    /// visible, so the viewer can find them again to unblock.
    /// </summary>
    public static IQueryable<User> VisibleTo(this IQueryable<User> users, IReadDbContext db, Guid? viewerId)
    {
        if (viewerId is not { } viewer)
        {
            return users;
        }

        var blockers = Filters(db).Where(f => f.TargetUserId == viewer && f.Kind == ContentFilterKind.Block).Select(f => f.UserId);
        return users.Where(u => !blockers.Contains(u.Id));
    }

    /// <summary>True when <paramref name="blockerId"/> blocked <paramref name="targetId"/> (one direction only).</summary>
    public static Task<bool> HasBlockedAsync(this IReadDbContext db, Guid blockerId, Guid targetId, CancellationToken cancellationToken) =>
        Filters(db).AnyAsync(f => f.Kind == ContentFilterKind.Block && f.UserId == blockerId && f.TargetUserId == targetId, cancellationToken);

    /// <summary>True when either user blocked the other.</summary>
    public static Task<bool> EitherBlockedAsync(this IReadDbContext db, Guid userId, Guid otherUserId, CancellationToken cancellationToken) =>
        Filters(db).AnyAsync(f => f.Kind == ContentFilterKind.Block
            && ((f.UserId == userId && f.TargetUserId == otherUserId) || (f.UserId == otherUserId && f.TargetUserId == userId)),
            cancellationToken);

    /// <summary>
    /// Refuses an interaction (comment, like, repost, quote, follow) with content of a user on the other side of a
    /// block: 403, as API.md asks of the blocked user; the blocker is refused too, having hidden that content.
    /// </summary>
    public static async Task EnsureNotBlockedAsync(this IReadDbContext db, Guid actorId, Guid ownerId, CancellationToken cancellationToken)
    {
        if (actorId != ownerId && await db.EitherBlockedAsync(actorId, ownerId, cancellationToken))
        {
            throw InteractionRefused();
        }
    }

    /// <summary>The 403 of <see cref="EnsureNotBlockedAsync"/>, for callers that found the block their own way.</summary>
    public static ForbiddenException InteractionRefused() => new("You cannot interact with this user's content.");

    // The ids of users hidden from the viewer: blocked by or blocking the viewer, and, for lists, muted by the viewer.
    private static IQueryable<Guid> HiddenAuthors(IReadDbContext db, Guid viewer, bool includeMuted)
    {
        var own = includeMuted
            ? Filters(db).Where(f => f.UserId == viewer)
            : Filters(db).Where(f => f.UserId == viewer && f.Kind == ContentFilterKind.Block);
        return own.Select(f => f.TargetUserId)
            .Concat(Filters(db).Where(f => f.TargetUserId == viewer && f.Kind == ContentFilterKind.Block).Select(f => f.UserId));
    }

    // content_filters is owned by users, so EF reaches it only through them.
    private static IQueryable<ContentFilter> Filters(IReadDbContext db) => db.Users.SelectMany(u => u.ContentFilters);
}
