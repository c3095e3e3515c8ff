namespace PageShare.Application.Feed;

/// <summary>Which posts <c>GET /feed</c> shows.</summary>
public enum FeedScope
{
    All,
    Following,
}
