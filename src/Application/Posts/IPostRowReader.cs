namespace PageShare.Application.Posts;

/// <summary>
/// Reads posts with everything a <see cref="PostDto"/> shows (author, tickers, media, poll, stats, the viewer's likes,
/// bookmarks, reposts and vote) and the posts they quote, in one statement: a page costs one round trip whatever
/// its size or content (issue 7). Posts of users on the other side of a block from the viewer, and deleted posts,
/// are left out, quoted ones included.
/// </summary>
public interface IPostRowReader
{
    /// <summary>The visible posts among <paramref name="postIds"/> and the visible posts they quote, in no order.</summary>
    Task<IReadOnlyList<PostRow>> ReadAsync(IReadOnlyList<Guid> postIds, Guid? viewerId, CancellationToken cancellationToken);
}
