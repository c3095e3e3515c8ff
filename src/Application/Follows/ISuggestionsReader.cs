namespace PageShare.Application.Follows;

/// <summary>Who to follow: one SQL statement over the social graph, tickers and interests.</summary>
public interface ISuggestionsReader
{
    /// <summary>
    /// Up to <paramref name="limit"/> users, ranked: followed by people the viewer follows (by how many), then posting
    /// about the viewer's tickers, then sharing interests, then popular; never the viewer, users they follow, muted,
    /// blocked or blocking users; each user once, under its first reason.
    /// </summary>
    Task<IReadOnlyList<SuggestedUser>> SuggestAsync(Guid viewerId, int limit, CancellationToken cancellationToken);
}
