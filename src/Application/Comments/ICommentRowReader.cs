namespace PageShare.Application.Comments;

/// <summary>
/// Reads comments with their authors, stats and the viewer's like in one statement (issue 7: it replaced two LINQ
/// queries per page). Deleted comments and comments of users on the other side of a block from the viewer are left out.
/// </summary>
public interface ICommentRowReader
{
    /// <summary>The visible comments among <paramref name="commentIds"/>, in no order.</summary>
    Task<IReadOnlyList<CommentDto>> ReadAsync(IReadOnlyList<Guid> commentIds, Guid? viewerId, CancellationToken cancellationToken);
}
