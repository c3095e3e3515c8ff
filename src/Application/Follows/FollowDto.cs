namespace PageShare.Application.Follows;

/// <summary>Answer to a follow: always following, with the followee's followers count.</summary>
public sealed record FollowDto(bool Following, int FollowersCount);
