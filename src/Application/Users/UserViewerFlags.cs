using Microsoft.EntityFrameworkCore;
using PageShare.Application.Common.Persistence;
using PageShare.Domain.Users;

namespace PageShare.Application.Users;

/// <summary>The viewer's relation to a profile, read in one query beside the profile's own.</summary>
internal static class UserViewerFlags
{
    /// <summary><paramref name="user"/> with its <see cref="UserDto.Viewer"/> flags (null without a viewer).</summary>
    public static async Task<UserDto> WithViewerAsync(this UserDto user, IReadDbContext db, Guid? viewerId, CancellationToken cancellationToken) =>
        user with { Viewer = await LoadAsync(db, viewerId, user.Id, cancellationToken) };

    /// <summary>
    /// Null without a viewer (anonymous callers). One statement: four EXISTS over the primary keys of follows and
    /// content_filters, anchored on the viewer's row; a viewer without a profile row yet relates to nobody.
    /// </summary>
    private static async Task<UserViewerDto?> LoadAsync(IReadDbContext db, Guid? viewerId, Guid userId, CancellationToken cancellationToken)
    {
        if (viewerId is not { } viewer)
        {
            return null;
        }

        if (viewer == userId)
        {
            return UserViewerDto.None;
        }

        return await db.Users.Where(u => u.Id == viewer)
                   .Select(u => new UserViewerDto(
                       db.Follows.Any(f => f.FollowerId == viewer && f.FolloweeId == userId),
                       db.Follows.Any(f => f.FollowerId == userId && f.FolloweeId == viewer),
                       u.ContentFilters.Any(f => f.TargetUserId == userId && f.Kind == ContentFilterKind.Mute),
                       u.ContentFilters.Any(f => f.TargetUserId == userId && f.Kind == ContentFilterKind.Block)))
                   .SingleOrDefaultAsync(cancellationToken)
               ?? UserViewerDto.None;
    }
}
