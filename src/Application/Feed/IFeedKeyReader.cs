using PageShare.Application.Common.Paging;

namespace PageShare.Application.Feed;

/// <summary>
/// The keys of <c>GET /feed</c>, its busiest read. Hand-written SQL in Infrastructure rather than LINQ: building and
/// translating the LINQ trees cost more CPU than PostgreSQL spent running them (issue 7, docs/performance.md).
/// Each method returns up to <c>limit</c> + 1 keys after the cursor (the extra one says a next page exists).
/// </summary>
public interface IFeedKeyReader
{
    /// <summary>Scope <c>all</c>: every live post the viewer may list, newest first.</summary>
    Task<IReadOnlyList<PageKey>> AllAsync(Guid viewerId, KeysetCursor? cursor, int limit, CancellationToken cancellationToken);

    /// <summary>
    /// Scope <c>following</c>: posts by the viewer and followed users, and posts reposted by followed users the viewer
    /// has not muted, each once at its newest activity, with the reposter when that activity is a repost.
    /// </summary>
    Task<IReadOnlyList<FollowingFeedKey>> FollowingAsync(Guid viewerId, KeysetCursor? cursor, int limit, CancellationToken cancellationToken);
}
