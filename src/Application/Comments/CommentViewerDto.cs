namespace PageShare.Application.Comments;

/// <summary>What the caller did to the comment; false without a token.</summary>
public sealed record CommentViewerDto(bool Liked);
