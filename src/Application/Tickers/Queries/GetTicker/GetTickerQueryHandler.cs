using PageShare.Application.Common.Exceptions;
using PageShare.Application.Common.Messaging;

namespace PageShare.Application.Tickers.Queries.GetTicker;

internal sealed class GetTickerQueryHandler(ITickerQueries tickers, TimeProvider clock) : IRequestHandler<GetTickerQuery, TickerDto>
{
    public async Task<TickerDto> Handle(GetTickerQuery request, CancellationToken cancellationToken)
    {
        // A string that cannot be a symbol names no ticker: 404, as an invalid username is on /users/by-username.
        if (!TickerRoute.TryParse(request.Symbol, out var symbol))
        {
            throw NotFoundException.For("Ticker", request.Symbol);
        }

        var stats = await tickers.GetStatsAsync(symbol, clock.GetUtcNow(), cancellationToken)
                    ?? throw NotFoundException.For("Ticker", symbol.Value);
        return new TickerDto(stats.Symbol, stats.Name, stats.PostsCount, stats.Mentions24h, stats.FirstSeenAt,
            stats.LastMentionedAt, TickerSentimentDto.From(stats.BullishPosts7d, stats.BearishPosts7d));
    }
}
