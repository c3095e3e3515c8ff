using PageShare.Application.Users;
using PageShare.Domain.Posts;

namespace PageShare.Application.Posts;

/// <summary>A post as <see cref="IPostRowReader"/> reads it; <see cref="PostReader"/> nests quotes and dates polls.</summary>
public sealed record PostRow(
    Guid Id,
    UserSummaryDto Author,
    string Content,
    IReadOnlyList<string> Tickers,
    IReadOnlyList<PostMediaDto> Media,
    string? GifUrl,
    PostPollRow? Poll,
    Guid? QuotedPostId,
    Sentiment? Sentiment,
    PostStatsDto Stats,
    PostViewerDto Viewer,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);
