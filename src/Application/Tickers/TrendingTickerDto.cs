namespace PageShare.Application.Tickers;

/// <summary>
/// One row of <c>GET /tickers/trending</c>: <see cref="Mentions"/> is the number of distinct authors of live
/// posts naming the ticker in the window, <see cref="Posts"/> the number of those posts.
/// </summary>
public sealed record TrendingTickerDto(string Symbol, string? Name, int Mentions, int Posts);
