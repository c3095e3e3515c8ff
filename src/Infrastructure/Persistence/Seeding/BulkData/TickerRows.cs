namespace PageShare.Infrastructure.Persistence.Seeding.BulkData;

/// <summary>
/// The mentioned tickers (what the insert trigger of post_tickers would have created) and the links,
/// whose created_at copies the post's as the trigger does.
/// </summary>
internal static class TickerRows
{
    public const string TickerColumns = "symbol, name, first_seen_at, last_mentioned_at, posts_count";
    public const string LinkColumns = "post_id, symbol, created_at";

    public static void WriteTickers(RowWriter w, SeedPlan plan)
    {
        var count = plan.Tickers.Symbols.Count;
        var first = new DateTime?[count];
        var last = new DateTime?[count];
        var live = new int[count];
        for (var post = 0; post < plan.PostIds.Length; post++)
        {
            for (var k = plan.PostTickerStart[post]; k < plan.PostTickerStart[post + 1]; k++)
            {
                var symbol = plan.PostTickers[k];
                first[symbol] ??= plan.PostTimes[post]; // posts are in time order
                if (!plan.PostDeleted[post])
                {
                    last[symbol] = plan.PostTimes[post];
                    live[symbol]++;
                }
            }
        }

        for (var symbol = 0; symbol < count; symbol++)
        {
            if (first[symbol] is not { } firstSeen || plan.ExistingSymbols.Contains(plan.Tickers.Symbols[symbol]))
            {
                continue;
            }

            w.StartRow();
            w.Text(plan.Tickers.Symbols[symbol]);
            w.Text(plan.Tickers.Names[symbol]);
            w.Time(firstSeen);
            w.Time(last[symbol] ?? firstSeen);
            w.Int(live[symbol]);
        }
    }

    public static void WriteLinks(RowWriter w, SeedPlan plan)
    {
        for (var post = 0; post < plan.PostIds.Length; post++)
        {
            for (var k = plan.PostTickerStart[post]; k < plan.PostTickerStart[post + 1]; k++)
            {
                w.StartRow();
                w.Id(plan.PostIds[post]);
                w.Text(plan.Tickers.Symbols[plan.PostTickers[k]]);
                w.Time(plan.PostTimes[post]);
            }
        }
    }
}
