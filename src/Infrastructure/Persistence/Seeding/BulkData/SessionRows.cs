namespace PageShare.Infrastructure.Persistence.Seeding.BulkData;

/// <summary>
/// Activity sessions (0010's shape: one row per visit, 30 minutes of silence between two), more for the
/// users who post more. users.last_active_at is then derived from them.
/// </summary>
internal static class SessionRows
{
    public const string Columns = "id, user_id, started_at, last_seen_at, request_count";
    private static readonly TimeSpan Gap = TimeSpan.FromMinutes(30);

    public static void Write(RowWriter w, SeedPlan plan)
    {
        var random = plan.Stream(TableSalt.Sessions);
        var starts = new List<DateTime>();
        for (var user = 0; user < plan.Options.Users; user++)
        {
            var expectedPosts = plan.Activity.Share(user) * plan.Options.Posts;
            var count = Math.Min(plan.Options.Days * 4, random.RoundStochastic(1 + (4 * random.NextDouble()) + (expectedPosts * 0.6)));
            starts.Clear();
            for (var k = 0; k < count; k++)
            {
                starts.Add(plan.Clock.Next(random));
            }

            starts.Sort();
            for (var k = 0; k < count; k++)
            {
                // A session ends before the gap that opens the next one, and never in the future.
                var limit = k + 1 < count ? starts[k + 1] - Gap : plan.Clock.Now;
                var end = starts[k].AddMinutes(random.NextExponential(12));
                if (end > limit)
                {
                    end = limit;
                }

                if (end < starts[k])
                {
                    continue; // too close to the next visit: it is the same session
                }

                if (w.IsDry)
                {
                    plan.Counts.LastActive[user] = end; // sessions are in time order
                }

                w.StartRow();
                w.Id(random.NextGuid());
                w.Id(plan.UserIds[user]);
                w.Time(starts[k]);
                w.Time(end);
                w.Int(1 + (int)random.NextExponential(14));
            }
        }
    }
}
