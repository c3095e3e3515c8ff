using Microsoft.EntityFrameworkCore;
using PageShare.Application.Common.Persistence;
using PageShare.Domain.Users;

namespace PageShare.Application.Follows;

/// <summary>Block look-ups over the users' content filters (owned by the User aggregate, so reached through it).</summary>
internal static class Blocks
{
    /// <summary>True when <paramref name="blockerId"/> blocked <paramref name="targetId"/>.</summary>
    public static Task<bool> HasBlockedAsync(this IReadDbContext db, Guid blockerId, Guid targetId, CancellationToken cancellationToken) =>
        db.Users.AnyAsync(u => u.Id == blockerId
            && u.ContentFilters.Any(f => f.TargetUserId == targetId && f.Kind == ContentFilterKind.Block), cancellationToken);

    /// <summary>True when either user blocked the other.</summary>
    public static Task<bool> EitherBlockedAsync(this IReadDbContext db, Guid a, Guid b, CancellationToken cancellationToken) =>
        db.Users.AnyAsync(u =>
            (u.Id == a && u.ContentFilters.Any(f => f.TargetUserId == b && f.Kind == ContentFilterKind.Block))
            || (u.Id == b && u.ContentFilters.Any(f => f.TargetUserId == a && f.Kind == ContentFilterKind.Block)), cancellationToken);
}
