using Microsoft.EntityFrameworkCore;
using PageShare.Application.Common.Interfaces;
using PageShare.Application.Common.Messaging;
using PageShare.Application.Common.Paging;
using PageShare.Application.Common.Persistence;
using PageShare.Application.Common.Visibility;
using PageShare.Domain.Posts;

namespace PageShare.Application.Posts.Queries.ListPosts;

internal sealed class ListPostsQueryHandler(IReadDbContext db, PostReader reader, ICurrentUser currentUser)
    : IRequestHandler<ListPostsQuery, CursorPage<PostDto>>
{
    public async Task<CursorPage<PostDto>> Handle(ListPostsQuery request, CancellationToken cancellationToken)
    {
        var limit = request.Limit ?? PageRequest.DefaultLimit;
        var posts = db.Posts.Where(p => p.DeletedAt == null);
        if (request.AuthorId is { } authorId)
        {
            // Asking for one author's posts is visiting their profile: a mute does not hide it, a block does.
            posts = posts.Where(p => p.AuthorId == authorId).VisibleTo(db, currentUser.Id);
        }
        else
        {
            posts = posts.ListedFor(db, currentUser.Id);
        }

        if (request.Ticker is { } raw)
        {
            var symbol = TickerSymbol.Create(raw.TrimStart('$', '#'));
            posts = posts.Where(p => p.Tickers.Any(t => t.Symbol == symbol));
        }

        var keys = await posts.PageAfter(KeysetCursor.Decode(request.Cursor), limit, p => p.CreatedAt, p => p.Id)
            .Select(p => new PageKey(p.Id, p.CreatedAt)).ToListAsync(cancellationToken);
        return await keys.ToPageAsync(limit, ids => reader.LoadAsync(ids, currentUser.Id, cancellationToken));
    }
}
