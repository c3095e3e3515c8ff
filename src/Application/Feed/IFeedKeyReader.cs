using PageShare.Application.Common.Paging;

namespace PageShare.Application.Feed;

/// <summary>
/// The keys of <c>GET /feed?scope=all</c>, the busiest read: every live post the viewer may list, newest first.
/// Hand-written SQL in Infrastructure rather than LINQ: building and translating the LINQ tree cost more CPU than
/// PostgreSQL spent running it (issue 7, docs/performance.md).
/// </summary>
public interface IFeedKeyReader
{
    /// <summary>Up to <paramref name="limit"/> + 1 keys after <paramref name="cursor"/> (the extra one says a next page exists).</summary>
    Task<IReadOnlyList<PageKey>> AllAsync(Guid viewerId, KeysetCursor? cursor, int limit, CancellationToken cancellationToken);
}
