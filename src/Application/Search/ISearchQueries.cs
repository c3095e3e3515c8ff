using PageShare.Application.Users;

namespace PageShare.Application.Search;

/// <summary>
/// PostgreSQL search (pg_trgm, full-text; Infrastructure/Persistence/Queries). Each method returns up to
/// <c>take</c> hits ranked best first, strictly after <c>after</c>, and never anything hidden from
/// <c>viewerId</c>: users who blocked the viewer or whom the viewer blocked, and (posts) muted authors.
/// </summary>
public interface ISearchQueries
{
    /// <summary>Username or display-name prefix matches first, then trigram-similar ones; each group by similarity.</summary>
    Task<IReadOnlyList<SearchHit<UserSummaryDto>>> FindUsersAsync(string term, Guid? viewerId, SearchCursor? after, int take,
        CancellationToken cancellationToken);

    /// <summary>The exact symbol, then symbol prefix matches, then name matches; each group by live posts, then symbol.</summary>
    Task<IReadOnlyList<SearchHit<TickerSummaryDto>>> FindTickersAsync(string term, SearchCursor? after, int take,
        CancellationToken cancellationToken);

    /// <summary>
    /// Ids of live posts matching the terms: with words, the newest matches of a fixed window (its floor travels in the
    /// cursor) by full-text rank, then newest first; cashtags alone, every match newest first.
    /// </summary>
    Task<IReadOnlyList<SearchHit<Guid>>> FindPostsAsync(PostSearchTerms terms, Guid? viewerId, SearchCursor? after, int take,
        CancellationToken cancellationToken);
}
