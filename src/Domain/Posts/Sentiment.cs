namespace PageShare.Domain.Posts;

/// <summary>The author's call on the tickers of a post, as StockTwits has it.</summary>
public enum Sentiment
{
    Bullish,
    Bearish,
}
