using PageShare.Application.Common.Exceptions;

namespace PageShare.Application.Comments;

/// <summary>
/// The one place that builds <see cref="CommentDto"/>s: a page of any size costs one statement
/// (<see cref="ICommentRowReader"/>).
/// </summary>
public sealed class CommentReader(ICommentRowReader rowReader)
{
    /// <summary>A live comment by id; 404 when unknown or deleted.</summary>
    public async Task<CommentDto> GetAsync(Guid commentId, Guid? viewerId, CancellationToken cancellationToken)
    {
        var comments = await LoadAsync([commentId], viewerId, cancellationToken);
        return comments.Count == 1 ? comments[0] : throw NotFoundException.For("Comment", commentId);
    }

    /// <summary>
    /// Live comments for <paramref name="commentIds"/>, in that order; deleted or unknown ids are skipped, and so are
    /// comments of users on the other side of a block from the viewer.
    /// </summary>
    public async Task<IReadOnlyList<CommentDto>> LoadAsync(IReadOnlyList<Guid> commentIds, Guid? viewerId, CancellationToken cancellationToken)
    {
        if (commentIds.Count == 0)
        {
            return [];
        }

        var rows = (await rowReader.ReadAsync(commentIds, viewerId, cancellationToken)).ToDictionary(c => c.Id);
        return commentIds.Where(rows.ContainsKey).Select(id => rows[id]).ToList();
    }
}
