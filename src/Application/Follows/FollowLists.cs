using AutoMapper;
using AutoMapper.QueryableExtensions;
using Microsoft.EntityFrameworkCore;
using PageShare.Application.Common.Exceptions;
using PageShare.Application.Common.Paging;
using PageShare.Application.Common.Persistence;
using PageShare.Application.Common.Visibility;
using PageShare.Application.Users;
using PageShare.Domain.Users;

namespace PageShare.Application.Follows;

/// <summary>
/// Followers and following, newest follow first, keyset-paged on (follows.created_at, other user id): a range of
/// ix_follows_followee or ix_follows_follower. With a viewer, users on either side of a block with them are left out.
/// </summary>
internal static class FollowLists
{
    public static async Task<CursorPage<UserSummaryDto>> PageAsync(IReadDbContext db, IMapper mapper, Guid userId, Guid? viewerId,
        bool followers, int? limit, string? cursor, CancellationToken cancellationToken)
    {
        var take = limit ?? PageRequest.DefaultLimit;
        var after = KeysetCursor.Decode(cursor);
        // A user who blocked the viewer does not exist for them (as their profile).
        if (!await db.Users.AnyAsync(u => u.Id == userId, cancellationToken)
            || (viewerId is { } viewer && await db.HasBlockedAsync(userId, viewer, cancellationToken)))
        {
            throw NotFoundException.For("User", userId);
        }

        var edges = followers
            ? db.Follows.Where(f => f.FolloweeId == userId).Select(f => new Edge { OtherId = f.FollowerId, At = f.CreatedAt })
            : db.Follows.Where(f => f.FollowerId == userId).Select(f => new Edge { OtherId = f.FolloweeId, At = f.CreatedAt });
        if (viewerId is { } v)
        {
            edges = edges.Where(e => !db.Users.Any(u =>
                (u.Id == v && u.ContentFilters.Any(f => f.TargetUserId == e.OtherId && f.Kind == ContentFilterKind.Block))
                || (u.Id == e.OtherId && u.ContentFilters.Any(f => f.TargetUserId == v && f.Kind == ContentFilterKind.Block))));
        }

        var keys = await edges.PageAfter(after, take, e => e.At, e => e.OtherId)
            .Select(e => new PageKey(e.OtherId, e.At)).ToListAsync(cancellationToken);
        return await keys.ToPageAsync(take, ids => LoadSummariesAsync(db, mapper, ids, cancellationToken));
    }

    /// <summary>Summaries of <paramref name="ids"/>, in that order.</summary>
    public static async Task<IReadOnlyList<UserSummaryDto>> LoadSummariesAsync(IReadDbContext db, IMapper mapper, IReadOnlyList<Guid> ids,
        CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var users = await db.Users.Where(u => ids.Contains(u.Id)).ProjectTo<UserSummaryDto>(mapper.ConfigurationProvider)
            .ToDictionaryAsync(u => u.Id, cancellationToken);
        return ids.Where(users.ContainsKey).Select(id => users[id]).ToList();
    }

    private sealed class Edge
    {
        public Guid OtherId { get; init; }

        public DateTimeOffset At { get; init; }
    }
}
