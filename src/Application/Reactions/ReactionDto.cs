namespace PageShare.Application.Reactions;

/// <summary>The caller's like after a toggle, and the target's like count.</summary>
public sealed record ReactionDto(bool Liked, int Likes);
