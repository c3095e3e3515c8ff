using PageShare.Application.Common.Messaging;

namespace PageShare.Application.Tickers.Queries.ListTrendingTickers;

/// <summary>
/// <c>GET /tickers/trending?window=1h|24h|7d&amp;limit=</c>: tickers ranked by the number of distinct authors of live
/// posts naming them in the window, then by the number of those posts, then by symbol. Computed live, then served from
/// <see cref="TrendingTickersCache"/> for <see cref="TrendingSettings.CacheLifetime"/>.
/// </summary>
public sealed record ListTrendingTickersQuery(string? Window, int? Limit) : IRequest<TrendingTickersDto>
{
    public const int DefaultLimit = 10;
    public const int MaxLimit = 50;
}
