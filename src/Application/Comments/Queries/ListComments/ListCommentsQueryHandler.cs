using Microsoft.EntityFrameworkCore;
using PageShare.Application.Common.Exceptions;
using PageShare.Application.Common.Interfaces;
using PageShare.Application.Common.Messaging;
using PageShare.Application.Common.Paging;
using PageShare.Application.Common.Persistence;
using PageShare.Application.Common.Visibility;

namespace PageShare.Application.Comments.Queries.ListComments;

/// <summary>
/// A flat list (replies included, each naming its parent_id) so the client can thread it. A reply whose parent
/// was deleted stays listed, matching the post's comments count.
/// </summary>
internal sealed class ListCommentsQueryHandler(IReadDbContext db, CommentReader reader, ICurrentUser currentUser)
    : IRequestHandler<ListCommentsQuery, CursorPage<CommentDto>>
{
    public async Task<CursorPage<CommentDto>> Handle(ListCommentsQuery request, CancellationToken cancellationToken)
    {
        var limit = request.Limit ?? PageRequest.DefaultLimit;
        var cursor = KeysetCursor.Decode(request.Cursor);
        if (!await db.Posts.VisibleTo(db, currentUser.Id).AnyAsync(p => p.Id == request.PostId && p.DeletedAt == null, cancellationToken))
        {
            throw NotFoundException.For("Post", request.PostId);
        }

        // Oldest first on (created_at, id), served by ix_comments_post; new comments land after the last page.
        var keys = await db.Comments.Where(c => c.PostId == request.PostId && c.DeletedAt == null).ListedFor(db, currentUser.Id)
            .PageAfterAscending(cursor, limit, c => c.CreatedAt, c => c.Id)
            .Select(c => new PageKey(c.Id, c.CreatedAt)).ToListAsync(cancellationToken);
        return await keys.ToPageAsync(limit, ids => reader.LoadAsync(ids, currentUser.Id, cancellationToken));
    }
}
