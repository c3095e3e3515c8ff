using PageShare.Application.Common.Messaging;

namespace PageShare.Application.Tickers.Queries.GetTicker;

/// <summary><c>GET /tickers/{symbol}</c>: any case, <c>$</c>/<c>#</c> prefix allowed; 404 when never mentioned.</summary>
public sealed record GetTickerQuery(string Symbol) : IRequest<TickerDto>;
