using PageShare.Application.Common.Paging;

namespace PageShare.Application.Comments;

/// <summary>
/// A page of <c>GET /posts/{post_id}/comments</c> in one statement (issue 7: it replaced a LINQ post check, a LINQ key
/// query and the comment rows): the post's visibility and the page's comments, oldest first on (created_at, id).
/// </summary>
public interface ICommentPageReader
{
    /// <summary>
    /// Whether the post is live and visible to the viewer (no block either way; a mute does not hide it), and, if so,
    /// up to <paramref name="limit"/> + 1 of its live comments after <paramref name="cursor"/>, leaving out those of
    /// users the viewer blocked or muted and of users who blocked the viewer (the extra one says a next page exists).
    /// </summary>
    Task<CommentPageRows> ReadAsync(Guid postId, Guid? viewerId, KeysetCursor? cursor, int limit, CancellationToken cancellationToken);
}
