namespace PageShare.Infrastructure.Persistence.Seeding.BulkData;

/// <summary>Polls of the poll posts (1, 3 or 7 days long), their options and one vote per voter.</summary>
internal static class PollRows
{
    public const string PollColumns = "id, post_id, ends_at, created_at";
    public const string OptionColumns = "id, poll_id, position, text, votes_count";
    public const string VoteColumns = "poll_id, option_id, user_id, created_at";
    public const int MaxOptions = 4;

    private static readonly int[] DurationsInDays = [1, 3, 7];

    public static void WritePolls(RowWriter w, SeedPlan plan)
    {
        var random = plan.Stream(TableSalt.Polls);
        foreach (var post in plan.PollPosts)
        {
            var id = random.NextGuid();
            plan.PollIds.Add(id);
            for (var slot = 0; slot < MaxOptions; slot++)
            {
                plan.PollOptionIds.Add(random.NextGuid());
                if (w.IsDry)
                {
                    plan.Counts.OptionVotes.Add(0);
                }
            }

            w.StartRow();
            w.Id(id);
            w.Id(plan.PostIds[post]);
            w.Time(EndsAt(plan, post));
            w.Time(plan.PostTimes[post]);
        }
    }

    public static void WriteOptions(RowWriter w, SeedPlan plan)
    {
        for (var poll = 0; poll < plan.PollIds.Count; poll++)
        {
            var options = PostTexts.PollOptions(plan.PollTemplates[poll], Symbols(plan, plan.PollPosts[poll]));
            for (var position = 0; position < options.Count; position++)
            {
                w.StartRow();
                w.Id(plan.PollOptionIds[(poll * MaxOptions) + position]);
                w.Id(plan.PollIds[poll]);
                w.Short((short)position);
                w.Text(options[position]);
                w.Int(plan.Counts.OptionVotes[(poll * MaxOptions) + position]);
            }
        }
    }

    public static void WriteVotes(RowWriter w, SeedPlan plan)
    {
        var random = plan.Stream(TableSalt.PollVotes);
        var picker = new UserPicker(plan.Activity, plan.Options.Users);
        for (var poll = 0; poll < plan.PollIds.Count; poll++)
        {
            var post = plan.PollPosts[poll];
            var options = PostTexts.PollOptions(plan.PollTemplates[poll], Symbols(plan, post)).Count;
            var endsAt = EndsAt(plan, post);
            // The first option is the crowd's favourite: skewed results, not uniform noise.
            var favourite = WeightedSampler.Zipf(options, exponent: 1.0 + random.NextDouble());
            foreach (var user in picker.Pick(random, random.RoundStochastic((plan.PostReach[post] * 2) + 1)))
            {
                var at = plan.Clock.After(random, plan.PostTimes[post], 8);
                var option = (poll * MaxOptions) + favourite.Next(random);
                if (w.IsDry)
                {
                    plan.Counts.OptionVotes[option]++;
                }

                w.StartRow();
                w.Id(plan.PollIds[poll]);
                w.Id(plan.PollOptionIds[option]);
                w.Id(plan.UserIds[user]);
                w.Time(at < endsAt ? at : plan.PostTimes[post] + ((endsAt - plan.PostTimes[post]) * random.NextDouble()));
            }
        }
    }

    // Derived from the post id rather than drawn, so the polls and votes passes agree without storing it.
    private static DateTime EndsAt(SeedPlan plan, int post) =>
        plan.PostTimes[post].AddDays(DurationsInDays[(plan.PostIds[post].GetHashCode() & int.MaxValue) % DurationsInDays.Length]);

    private static List<string> Symbols(SeedPlan plan, int post)
    {
        var symbols = new List<string>(2);
        for (var k = plan.PostTickerStart[post]; k < plan.PostTickerStart[post + 1]; k++)
        {
            symbols.Add(plan.Tickers.Symbols[plan.PostTickers[k]]);
        }

        return symbols;
    }
}
