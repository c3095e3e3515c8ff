using PageShare.Application.Polls;
using PageShare.Application.Posts;
using PageShare.Application.Users;
using PageShare.Domain.Posts;

namespace PageShare.Application.Feed;

/// <summary>
/// A feed entry: the post, flat with every <see cref="PostDto"/> field, plus who reposted it and when when it is in
/// the feed because a followed user reposted it (both null otherwise).
/// </summary>
public sealed record FeedItemDto
{
    public required Guid Id { get; init; }

    public required UserSummaryDto Author { get; init; }

    public required string Content { get; init; }

    /// <summary>Upper-case symbols, alphabetical.</summary>
    public required IReadOnlyList<string> Tickers { get; init; }

    public required IReadOnlyList<PostMediaDto> Media { get; init; }

    public string? GifUrl { get; init; }

    public PollDto? Poll { get; init; }

    /// <summary>The quoted post, one level deep; null when none or deleted.</summary>
    public PostDto? QuotedPost { get; init; }

    public Sentiment? Sentiment { get; init; }

    public required PostStatsDto Stats { get; init; }

    public required PostViewerDto Viewer { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>The followed user whose repost put the post in the feed; null for the post itself.</summary>
    public UserSummaryDto? RepostedBy { get; init; }

    public DateTimeOffset? RepostedAt { get; init; }

    public static FeedItemDto From(PostDto post, UserSummaryDto? repostedBy = null, DateTimeOffset? repostedAt = null) => new()
    {
        Id = post.Id,
        Author = post.Author,
        Content = post.Content,
        Tickers = post.Tickers,
        Media = post.Media,
        GifUrl = post.GifUrl,
        Poll = post.Poll,
        QuotedPost = post.QuotedPost,
        Sentiment = post.Sentiment,
        Stats = post.Stats,
        Viewer = post.Viewer,
        CreatedAt = post.CreatedAt,
        UpdatedAt = post.UpdatedAt,
        RepostedBy = repostedBy,
        RepostedAt = repostedAt,
    };
}
