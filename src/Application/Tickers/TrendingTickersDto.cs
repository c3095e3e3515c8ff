namespace PageShare.Application.Tickers;

/// <summary>The trending list with the window it covers (not paged: <c>limit</c> caps it).</summary>
public sealed record TrendingTickersDto(string Window, IReadOnlyList<TrendingTickerDto> Items);
