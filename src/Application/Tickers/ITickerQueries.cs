using PageShare.Application.Common.Paging;
using PageShare.Domain.Posts;

namespace PageShare.Application.Tickers;

/// <summary>
/// PostgreSQL reads of ticker pages and trending, driven by the post_tickers indexes
/// (Infrastructure/Persistence/Queries). Every number counts live (not soft-deleted) posts only.
/// </summary>
public interface ITickerQueries
{
    /// <summary>The ticker's numbers; null when it was never mentioned.</summary>
    Task<TickerStats?> GetStatsAsync(TickerSymbol symbol, DateTimeOffset now, CancellationToken cancellationToken);

    Task<bool> ExistsAsync(TickerSymbol symbol, CancellationToken cancellationToken);

    /// <summary>
    /// Keys of the live posts naming <paramref name="symbol"/>, newest first, after <paramref name="cursor"/>:
    /// up to <paramref name="limit"/> + 1 of them, as <see cref="KeysetPaging.PageAfter{T}"/> returns. For a viewer, posts by
    /// users they muted or blocked or who blocked them are left out (the rules of Common/Visibility/ContentVisibility).
    /// </summary>
    Task<IReadOnlyList<PageKey>> PagePostKeysAsync(TickerSymbol symbol, KeysetCursor? cursor, int limit, Guid? viewerId,
        CancellationToken cancellationToken);

    /// <summary>
    /// Tickers named by live posts created at or after <paramref name="since"/>, ranked by distinct authors, then
    /// posts, then symbol (ordinal).
    /// </summary>
    Task<IReadOnlyList<TrendingTickerDto>> GetTrendingAsync(DateTimeOffset since, int limit, CancellationToken cancellationToken);
}
