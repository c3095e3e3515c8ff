namespace PageShare.Infrastructure.Persistence.Seeding.BulkData;

/// <summary>
/// The symbols posts mention, most popular first: the real big names, then made-up 1-5 letter symbols.
/// Mentions follow Zipf's law over this order, so $AAPL-like names dominate and the tail is long.
/// </summary>
internal sealed class TickerUniverse
{
    public const int DefaultSize = 3000;

    private static readonly (string Symbol, string Name)[] BigNames =
    [
        ("SPY", "SPDR S&P 500 ETF Trust"), ("TSLA", "Tesla, Inc."), ("NVDA", "NVIDIA Corporation"), ("AAPL", "Apple Inc."),
        ("QQQ", "Invesco QQQ Trust"), ("AMD", "Advanced Micro Devices, Inc."), ("AMZN", "Amazon.com, Inc."),
        ("MSFT", "Microsoft Corporation"), ("META", "Meta Platforms, Inc."), ("GOOGL", "Alphabet Inc."), ("PLTR", "Palantir Technologies Inc."),
        ("BTC.X", "Bitcoin"), ("GME", "GameStop Corp."), ("NFLX", "Netflix, Inc."), ("SMCI", "Super Micro Computer, Inc."),
        ("COIN", "Coinbase Global, Inc."), ("MSTR", "MicroStrategy Incorporated"), ("ETH.X", "Ethereum"), ("IWM", "iShares Russell 2000 ETF"),
        ("BABA", "Alibaba Group Holding Limited"), ("INTC", "Intel Corporation"), ("SOFI", "SoFi Technologies, Inc."),
        ("AMC", "AMC Entertainment Holdings, Inc."), ("RIVN", "Rivian Automotive, Inc."), ("JPM", "JPMorgan Chase & Co."),
        ("BAC", "Bank of America Corporation"), ("DIS", "The Walt Disney Company"), ("UBER", "Uber Technologies, Inc."),
        ("ARM", "Arm Holdings plc"), ("AVGO", "Broadcom Inc."), ("MU", "Micron Technology, Inc."), ("TSM", "Taiwan Semiconductor Manufacturing"),
        ("XOM", "Exxon Mobil Corporation"), ("BA", "The Boeing Company"), ("NIO", "NIO Inc."), ("F", "Ford Motor Company"),
        ("T", "AT&T Inc."), ("V", "Visa Inc."), ("WMT", "Walmart Inc."), ("KO", "The Coca-Cola Company"), ("BRK.B", "Berkshire Hathaway Inc."),
        ("TLT", "iShares 20+ Year Treasury Bond ETF"), ("GLD", "SPDR Gold Shares"), ("SLV", "iShares Silver Trust"),
        ("HOOD", "Robinhood Markets, Inc."), ("SNOW", "Snowflake Inc."), ("SHOP", "Shopify Inc."), ("PYPL", "PayPal Holdings, Inc."),
        ("CRM", "Salesforce, Inc."), ("ORCL", "Oracle Corporation"), ("LLY", "Eli Lilly and Company"), ("NKE", "NIKE, Inc."),
        ("SBUX", "Starbucks Corporation"), ("COST", "Costco Wholesale Corporation"), ("MARA", "Marathon Digital Holdings, Inc."),
        ("RIOT", "Riot Platforms, Inc."), ("SOXL", "Direxion Daily Semiconductor Bull 3X"), ("TQQQ", "ProShares UltraPro QQQ"),
        ("VIX", "CBOE Volatility Index"), ("DOGE.X", "Dogecoin"), ("SOL.X", "Solana"), ("ES_F", "E-mini S&P 500 Futures"),
    ];

    private TickerUniverse(string[] symbols, string?[] names)
    {
        Symbols = symbols;
        Names = names;
        Popularity = WeightedSampler.Zipf(symbols.Length, exponent: 1.05, offset: 1.5);
    }

    public IReadOnlyList<string> Symbols { get; }

    /// <summary>Company names of the real symbols; null for the made-up ones (as for a first mention).</summary>
    public IReadOnlyList<string?> Names { get; }

    public WeightedSampler Popularity { get; }

    public static TickerUniverse Create(Random random, int size = DefaultSize)
    {
        var symbols = new List<string>(size);
        var names = new List<string?>(size);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (symbol, name) in BigNames.Take(size))
        {
            seen.Add(symbol);
            symbols.Add(symbol);
            names.Add(name);
        }

        while (symbols.Count < size)
        {
            // Mostly 3-4 letters like listed stocks; single letters are rare.
            var length = random.NextDouble() switch { < 0.02 => 1, < 0.12 => 2, < 0.55 => 3, < 0.92 => 4, _ => 5 };
            var chars = new char[length];
            for (var i = 0; i < length; i++)
            {
                chars[i] = (char)('A' + random.Next(26));
            }

            var symbol = new string(chars);
            if (seen.Add(symbol))
            {
                symbols.Add(symbol);
                names.Add(null);
            }
        }

        return new TickerUniverse([.. symbols], [.. names]);
    }
}
