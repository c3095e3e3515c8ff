namespace PageShare.Application.Reposts;

/// <summary>Answer to a plain repost: always reposted, with the post's repost count.</summary>
public sealed record RepostDto(bool Reposted, int Reposts);
