using PageShare.Application.Common.Exceptions;
using PageShare.Application.Common.Interfaces;
using PageShare.Application.Common.Messaging;
using PageShare.Application.Common.Paging;
using PageShare.Application.Posts;

namespace PageShare.Application.Tickers.Queries.ListTickerPosts;

internal sealed class ListTickerPostsQueryHandler(ITickerQueries tickers, PostReader reader, ICurrentUser currentUser)
    : IRequestHandler<ListTickerPostsQuery, CursorPage<PostDto>>
{
    public async Task<CursorPage<PostDto>> Handle(ListTickerPostsQuery request, CancellationToken cancellationToken)
    {
        if (!TickerRoute.TryParse(request.Symbol, out var symbol))
        {
            throw NotFoundException.For("Ticker", request.Symbol);
        }

        var limit = request.Limit ?? PageRequest.DefaultLimit;
        var keys = await tickers.PagePostKeysAsync(symbol, KeysetCursor.Decode(request.Cursor), limit, currentUser.Id, cancellationToken);
        // Only an empty page can belong to a ticker that does not exist, so only it pays for the check.
        if (keys.Count == 0 && !await tickers.ExistsAsync(symbol, cancellationToken))
        {
            throw NotFoundException.For("Ticker", symbol.Value);
        }

        return await keys.ToPageAsync(limit, ids => reader.LoadAsync(ids, currentUser.Id, cancellationToken));
    }
}
