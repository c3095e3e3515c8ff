namespace PageShare.Infrastructure.Persistence.Seeding.BulkData;

/// <summary>
/// Posts in time order (so a quote always names an older post): ~10% polls, ~4% quotes, ~0.5% soft-deleted,
/// most naming one or two cashtags drawn by Zipf's law.
/// </summary>
internal static class PostRows
{
    public const string Columns = "id, author_id, content, sentiment, quoted_post_id, deleted_at, created_at, updated_at, " +
        "likes_count, comments_count, reposts_count, quotes_count, bookmarks_count";

    public const double PollShare = 0.10;
    public const double QuoteShare = 0.04;

    public static void Write(RowWriter w, SeedPlan plan)
    {
        var random = plan.Stream(TableSalt.Posts);
        var texts = new PostTexts(plan.Options.Seed);
        for (var i = 0; i < plan.PostTimes.Length; i++)
        {
            plan.PostTimes[i] = plan.Clock.Next(random);
        }

        Array.Sort(plan.PostTimes);
        var symbols = new List<string>(3);
        for (var i = 0; i < plan.PostIds.Length; i++)
        {
            var author = plan.Activity.Next(random);
            plan.PostIds[i] = random.NextGuid();
            plan.PostAuthors[i] = author;
            plan.PostReach[i] = (float)((random.NextPareto(1.4) - 1) * AuthorBoost(author));

            var poll = random.Chance(PollShare);
            int? quoted = !poll && i > 0 && random.Chance(QuoteShare) ? PickQuoted(random, plan, i) : null;
            var tickerCount = poll ? (random.Chance(0.25) ? 2 : 1)
                : random.NextDouble() switch { < 0.3 => 0, < 0.85 => 1, < 0.96 => 2, _ => 3 };
            PickSymbols(random, plan, tickerCount, symbols);
            plan.PostTickerStart[i + 1] = plan.PostTickers.Count;

            string content;
            Domain.Posts.Sentiment? sentiment = null;
            if (poll)
            {
                var template = PostTexts.PollTemplate(random, symbols.Count);
                plan.PollPosts.Add(i);
                plan.PollTemplates.Add(template);
                content = PostTexts.Poll(template, symbols);
            }
            else
            {
                (content, sentiment) = texts.Post(random, symbols);
                if (quoted is not null && random.Chance(0.5))
                {
                    content = texts.Quote(random) + (symbols.Count > 0 ? " " + content : string.Empty);
                }
            }

            var deleted = random.Chance(0.005);
            plan.PostDeleted[i] = deleted;
            if (w.IsDry && !deleted)
            {
                plan.Counts.UserPosts[author]++;
                if (quoted is { } target)
                {
                    plan.Counts.Quotes[target]++;
                }
            }

            w.StartRow();
            w.Id(plan.PostIds[i]);
            w.Id(plan.UserIds[author]);
            w.Text(content);
            w.Text(sentiment?.ToString().ToLowerInvariant());
            w.Id(quoted is { } q ? plan.PostIds[q] : null);
            w.Time(deleted ? plan.Clock.After(random, plan.PostTimes[i], 24) : null);
            w.Time(plan.PostTimes[i]);
            w.Time(plan.PostTimes[i]);
            w.Int(plan.Counts.Likes[i]);
            w.Int(plan.Counts.Comments[i]);
            w.Int(plan.Counts.Reposts[i]);
            w.Int(plan.Counts.Quotes[i]);
            w.Int(plan.Counts.Bookmarks[i]);
        }
    }

    /// <summary>Posts of the most followed accounts travel much further.</summary>
    private static double AuthorBoost(int author) => 1 + (30 / Math.Pow(author + 1, 0.6));

    /// <summary>A fairly recent older post, the most viral of three candidates: quotes go to posts that travel.</summary>
    private static int PickQuoted(Random random, SeedPlan plan, int post)
    {
        var best = -1;
        for (var candidate = 0; candidate < 3; candidate++)
        {
            var back = 1 + (int)Math.Min(post - 1, random.NextExponential(3000));
            var index = post - back;
            if (best < 0 || plan.PostReach[index] > plan.PostReach[best])
            {
                best = index;
            }
        }

        return best;
    }

    private static void PickSymbols(Random random, SeedPlan plan, int count, List<string> symbols)
    {
        symbols.Clear();
        var start = plan.PostTickers.Count;
        for (var attempt = 0; symbols.Count < count && attempt < 20; attempt++)
        {
            var index = (short)plan.Tickers.Popularity.Next(random);
            if (!plan.PostTickers.Skip(start).Contains(index))
            {
                plan.PostTickers.Add(index);
                symbols.Add(plan.Tickers.Symbols[index]);
            }
        }
    }
}
