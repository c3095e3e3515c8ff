using PageShare.Domain.Engagement;

namespace PageShare.Application.Bookmarks;

/// <summary>Bookmarks, idempotent by the (user, post) key whoever races: the database ignores a second one.</summary>
public interface IBookmarkWriter
{
    /// <summary>Records the bookmark unless present; returns the post's bookmark count after it.</summary>
    Task<int> BookmarkAsync(Bookmark bookmark, CancellationToken cancellationToken);

    /// <summary>Removes the bookmark if present.</summary>
    Task RemoveAsync(Guid userId, Guid postId, CancellationToken cancellationToken);
}
