using System.Diagnostics.CodeAnalysis;
using PageShare.Application.Posts;
using PageShare.Application.Users;

namespace PageShare.Application.Feed;

/// <summary>
/// A feed entry: the post, plus who reposted it and when when it is in the feed because a followed user
/// reposted it (both null otherwise).
/// </summary>
public sealed record FeedItemDto : PostDto
{
    [SetsRequiredMembers]
    private FeedItemDto(PostDto post, UserSummaryDto? repostedBy, DateTimeOffset? repostedAt)
        : base(post)
    {
        RepostedBy = repostedBy;
        RepostedAt = repostedAt;
    }

    /// <summary>The followed user whose repost put the post in the feed; null for the post itself.</summary>
    public UserSummaryDto? RepostedBy { get; init; }

    public DateTimeOffset? RepostedAt { get; init; }

    public static FeedItemDto From(PostDto post, UserSummaryDto? repostedBy = null, DateTimeOffset? repostedAt = null) =>
        new(post, repostedBy, repostedAt);
}
