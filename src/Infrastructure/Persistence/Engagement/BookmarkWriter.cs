using Microsoft.EntityFrameworkCore;
using PageShare.Application.Bookmarks;
using PageShare.Domain.Engagement;

namespace PageShare.Infrastructure.Persistence.Engagement;

/// <summary>Insert-if-absent and delete-if-present in SQL, so concurrent bookmarks never surface a conflict.</summary>
internal sealed class BookmarkWriter(PageShareDbContext db) : IBookmarkWriter
{
    public async Task<int> BookmarkAsync(Bookmark bookmark, CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlAsync($"""
            insert into bookmarks (user_id, post_id, created_at) values ({bookmark.UserId}, {bookmark.PostId}, {bookmark.CreatedAt})
            on conflict (user_id, post_id) do nothing
            """, cancellationToken);
        return await db.Posts.AsNoTracking().Where(p => p.Id == bookmark.PostId).Select(p => p.BookmarksCount).SingleAsync(cancellationToken);
    }

    public Task RemoveAsync(Guid userId, Guid postId, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"delete from bookmarks where user_id = {userId} and post_id = {postId}", cancellationToken);
}
