using Microsoft.EntityFrameworkCore;
using PageShare.Application.Common.Interfaces;
using PageShare.Application.Common.Messaging;
using PageShare.Application.Common.Paging;
using PageShare.Application.Common.Persistence;
using PageShare.Application.Posts;
using PageShare.Domain.Users;

namespace PageShare.Application.Bookmarks.Queries.ListBookmarks;

/// <summary>
/// Keyset on (bookmarks.created_at, post_id), a range of ix_bookmarks_user. Deleted posts and posts of users on
/// either side of a block with the caller are filtered in the key query, so pages stay full.
/// </summary>
internal sealed class ListBookmarksQueryHandler(IReadDbContext db, PostReader reader, ICurrentUser currentUser)
    : IRequestHandler<ListBookmarksQuery, CursorPage<PostDto>>
{
    public async Task<CursorPage<PostDto>> Handle(ListBookmarksQuery request, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequireId();
        var limit = request.Limit ?? PageRequest.DefaultLimit;
        var bookmarks =
            from b in db.Bookmarks
            join p in db.Posts on b.PostId equals p.Id
            where b.UserId == userId && p.DeletedAt == null
                && !db.Users.Any(u =>
                    (u.Id == userId && u.ContentFilters.Any(f => f.TargetUserId == p.AuthorId && f.Kind == ContentFilterKind.Block))
                    || (u.Id == p.AuthorId && u.ContentFilters.Any(f => f.TargetUserId == userId && f.Kind == ContentFilterKind.Block)))
            select b;

        var keys = await bookmarks.PageAfter(KeysetCursor.Decode(request.Cursor), limit, b => b.CreatedAt, b => b.PostId)
            .Select(b => new PageKey(b.PostId, b.CreatedAt)).ToListAsync(cancellationToken);
        return await keys.ToPageAsync(limit, ids => reader.LoadAsync(ids, userId, cancellationToken));
    }
}
