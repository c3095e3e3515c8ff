namespace PageShare.Application.Tickers;

/// <summary>
/// Sentiment over the live posts of the last 7 days that mention the ticker. <see cref="Total"/> is the number
/// of those posts that carry a sentiment; <c>bullish = bullish posts / total</c> and
/// <c>bearish = bearish posts / total</c>, rounded to 4 decimals (so they add up to 1), both 0 when total is 0.
/// Posts without a sentiment are left out of the shares, as StockTwits does.
/// </summary>
public sealed record TickerSentimentDto(double Bullish, double Bearish, int Total)
{
    public static TickerSentimentDto From(int bullishPosts, int bearishPosts)
    {
        var total = bullishPosts + bearishPosts;
        return total == 0
            ? new TickerSentimentDto(0, 0, 0)
            : new TickerSentimentDto(Share(bullishPosts, total), Share(bearishPosts, total), total);
    }

    private static double Share(int part, int total) => Math.Round((double)part / total, 4, MidpointRounding.AwayFromZero);
}
