using PageShare.Application.Common.Paging;
using PageShare.Application.Users;

namespace PageShare.Application.Feed;

/// <summary>
/// One entry of <c>GET /feed?scope=following</c>: the post at its newest activity, and the followed user whose repost
/// that activity is (null when it is the post's own creation).
/// </summary>
public sealed record FollowingFeedKey(PageKey Key, UserSummaryDto? RepostedBy);
