using PageShare.Application.Polls;
using PageShare.Application.Users;
using PageShare.Domain.Posts;

namespace PageShare.Application.Posts;

/// <summary>A post as every endpoint returns it: author, tickers, media, poll, one level of quote, stats and viewer flags.</summary>
// Not sealed: the feed's FeedItemDto adds who reposted it.
public record PostDto
{
    public required Guid Id { get; init; }

    public required UserSummaryDto Author { get; init; }

    public required string Content { get; init; }

    /// <summary>Upper-case symbols, alphabetical.</summary>
    public required IReadOnlyList<string> Tickers { get; init; }

    public required IReadOnlyList<PostMediaDto> Media { get; init; }

    public string? GifUrl { get; init; }

    public PollDto? Poll { get; init; }

    /// <summary>The quoted post, one level deep (its own quote is null); null when none or deleted.</summary>
    public PostDto? QuotedPost { get; init; }

    public Sentiment? Sentiment { get; init; }

    public required PostStatsDto Stats { get; init; }

    public required PostViewerDto Viewer { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }
}
