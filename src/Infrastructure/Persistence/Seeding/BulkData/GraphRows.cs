namespace PageShare.Infrastructure.Persistence.Seeding.BulkData;

/// <summary>
/// The social graph: mutes and blocks first (loud accounts attract them), then follows, whose targets
/// follow Zipf's law over popularity, so a handful of accounts are followed by most users.
/// Two users with a block between them never follow each other, as blocking removes follows.
/// </summary>
internal static class GraphRows
{
    public const string FilterColumns = "user_id, target_user_id, kind, created_at";
    public const string FollowColumns = "follower_id, followee_id, created_at";
    public const double MeanFollowing = 25;

    public static void WriteContentFilters(RowWriter w, SeedPlan plan)
    {
        var random = plan.Stream(TableSalt.ContentFilters);
        var targets = new HashSet<int>();
        for (var user = 0; user < plan.Options.Users; user++)
        {
            foreach (var (kind, share, max) in new[] { ("mute", 0.15, 5), ("block", 0.05, 3) })
            {
                if (!random.Chance(share))
                {
                    continue;
                }

                targets.Clear();
                var count = random.Next(1, max + 1);
                for (var draw = 0; targets.Count < count && draw < 20; draw++)
                {
                    var target = plan.Popularity.Next(random);
                    if (target != user && targets.Add(target))
                    {
                        if (kind == "block")
                        {
                            plan.BlockedPairs.Add(plan.PairKey(user, target));
                        }

                        w.StartRow();
                        w.Id(plan.UserIds[user]);
                        w.Id(plan.UserIds[target]);
                        w.Text(kind);
                        w.Time(plan.Clock.Next(random));
                    }
                }
            }
        }
    }

    public static void WriteFollows(RowWriter w, SeedPlan plan)
    {
        var random = plan.Stream(TableSalt.Follows);
        var users = plan.Options.Users;
        // Log-normal following counts: most follow a few dozen accounts, some follow hundreds.
        var mean = Math.Min(MeanFollowing, (users - 1) / 4.0);
        const double sigma = 1.0;
        var mu = Math.Log(Math.Max(mean, 1)) - (sigma * sigma / 2);
        var followees = new HashSet<int>();
        for (var follower = 0; follower < users; follower++)
        {
            var count = (int)Math.Min(users / 2, Math.Round(Math.Exp(mu + (sigma * NextGaussian(random)))));
            followees.Clear();
            for (var draw = 0; followees.Count < count && draw < (4 * count) + 20; draw++)
            {
                var followee = plan.Popularity.Next(random);
                if (followee == follower || plan.BlockedPairs.Contains(plan.PairKey(follower, followee)) || !followees.Add(followee))
                {
                    continue;
                }

                if (w.IsDry)
                {
                    plan.Counts.Following[follower]++;
                    plan.Counts.Followers[followee]++;
                }

                var since = plan.UserJoined[follower] > plan.UserJoined[followee] ? plan.UserJoined[follower] : plan.UserJoined[followee];
                w.StartRow();
                w.Id(plan.UserIds[follower]);
                w.Id(plan.UserIds[followee]);
                w.Time(since + ((plan.Clock.Now - since) * random.NextDouble()));
            }
        }
    }

    private static double NextGaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
