using PageShare.Domain.Posts;

namespace PageShare.Infrastructure.Persistence.Seeding;

/// <summary>Trader-style texts for the demo posts; {0} and {1} are two different cashtags, {2} a price level.</summary>
internal static class DemoPostTexts
{
    public static readonly IReadOnlyList<(string Text, Sentiment? Sentiment)> Templates =
    [
        ("{0} holding the 50-day again. Adding on any dip toward {2}.", Sentiment.Bullish),
        ("Took profits on {0} into the close, still long a starter. {1} looks heavy here.", Sentiment.Bullish),
        ("{0} breaking out of a 3-week range on volume. Target {2}.", Sentiment.Bullish),
        ("Earnings whisper on {0} is way above consensus. Careful with size.", null),
        ("Shorting {0} under {2}, stop above yesterday's high.", Sentiment.Bearish),
        ("{0} rejected at {2} for the third time. Lower highs, I'm out.", Sentiment.Bearish),
        ("Rotation out of {0} into {1} all morning. Watching the tape.", null),
        ("Sold covered calls on {0}, strike {2}. Theta gang checking in.", null),
        ("Gap fill on {0} done. Next stop {2}?", Sentiment.Bullish),
        ("{0} vs {1}: which one leads the next leg? I'm leaning {0}.", Sentiment.Bullish),
        ("Volume drying up on {0}. This bounce feels weak.", Sentiment.Bearish),
        ("Added to {0} on the pullback. Long-term thesis unchanged.", Sentiment.Bullish),
        ("{0} puts printing today. Macro headwinds are real.", Sentiment.Bearish),
        ("Anyone else watching {0} and {1} diverge? Spread trade setting up.", null),
        ("Closed my {0} swing for +8%. Patience pays.", Sentiment.Bullish),
        ("Cutting {0} here, the chart broke {2}. No ego in trading.", Sentiment.Bearish),
    ];

    public static readonly IReadOnlyList<string> QuoteComments =
    [
        "This aged well.",
        "Strong disagree, but I respect the conviction.",
        "Exactly my read too.",
        "Saving this one for later.",
        "Risk/reward doesn't work for me at these levels.",
    ];

    public static readonly IReadOnlyList<(string Question, string[] Options)> Polls =
    [
        ("Where does {0} close this week?", ["Higher", "Lower", "Flat"]),
        ("Biggest winner by Friday: {0} or {1}?", ["{0}", "{1}"]),
        ("Are you buying the {0} dip?", ["Yes, adding", "Waiting", "Selling"]),
        ("Fed day tomorrow. {0} reaction?", ["Rip", "Dip", "Chop", "No idea"]),
    ];

    public static readonly IReadOnlyDictionary<string, (string Name, decimal Price)> Tickers = new Dictionary<string, (string, decimal)>
    {
        ["AAPL"] = ("Apple Inc.", 228m),
        ["TSLA"] = ("Tesla, Inc.", 342m),
        ["NVDA"] = ("NVIDIA Corporation", 141m),
        ["SPY"] = ("SPDR S&P 500 ETF Trust", 591m),
        ["QQQ"] = ("Invesco QQQ Trust", 508m),
        ["BTC.X"] = ("Bitcoin", 97250m),
        ["ETH.X"] = ("Ethereum", 3380m),
        ["BRK.B"] = ("Berkshire Hathaway Inc. Class B", 472m),
        ["AMD"] = ("Advanced Micro Devices, Inc.", 138m),
        ["MSFT"] = ("Microsoft Corporation", 417m),
        ["AMZN"] = ("Amazon.com, Inc.", 202m),
        ["META"] = ("Meta Platforms, Inc.", 563m),
        ["PLTR"] = ("Palantir Technologies Inc.", 61m),
        ["ES_F"] = ("E-mini S&P 500 Futures", 5950m),
    };
}
