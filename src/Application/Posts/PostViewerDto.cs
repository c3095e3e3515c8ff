namespace PageShare.Application.Posts;

/// <summary>What the caller did to the post; all false without a token.</summary>
public sealed record PostViewerDto(bool Liked, bool Bookmarked, bool Reposted)
{
    public static readonly PostViewerDto None = new(false, false, false);
}
