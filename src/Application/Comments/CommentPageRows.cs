namespace PageShare.Application.Comments;

/// <summary>What <see cref="ICommentPageReader"/> found: no comments when the post is not visible to the viewer.</summary>
public sealed record CommentPageRows(bool PostVisible, IReadOnlyList<CommentDto> Comments);
