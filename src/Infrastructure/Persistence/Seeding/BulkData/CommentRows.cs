namespace PageShare.Infrastructure.Persistence.Seeding.BulkData;

/// <summary>
/// Comments, about one for every five posts but concentrated on the posts that travel; a third are
/// replies to an earlier comment of the same post (parent_id), as the API's threads are.
/// </summary>
internal static class CommentRows
{
    public const string Columns = "id, post_id, author_id, parent_id, content, deleted_at, created_at, updated_at, likes_count, replies_count";
    public const double PerReach = 0.08;

    public static void Write(RowWriter w, SeedPlan plan)
    {
        var random = plan.Stream(TableSalt.Comments);
        var texts = new PostTexts(plan.Options.Seed);
        var ids = new List<Guid>();
        var times = new List<DateTime>();
        for (var post = 0; post < plan.PostIds.Length; post++)
        {
            var count = random.RoundStochastic(plan.PostReach[post] * PerReach);
            if (count == 0 || plan.PostDeleted[post])
            {
                continue;
            }

            ids.Clear();
            times.Clear();
            for (var k = 0; k < count; k++)
            {
                times.Add(plan.Clock.After(random, plan.PostTimes[post], 4));
            }

            times.Sort(); // a reply always comes after its parent
            var first = plan.CommentIds.Count;
            for (var k = 0; k < count; k++)
            {
                var id = random.NextGuid();
                int? parent = k > 0 && random.Chance(0.35) ? random.Next(k) : null;
                var index = plan.CommentIds.Count;
                ids.Add(id);
                plan.CommentIds.Add(id);
                plan.CommentTimes.Add(times[k]);
                plan.CommentReach.Add((float)((random.NextPareto(1.5) - 1) * 0.6));
                var deleted = random.Chance(0.01);
                if (w.IsDry)
                {
                    plan.Counts.CommentLikes.Add(0);
                    plan.Counts.CommentReplies.Add(0);
                    if (!deleted)
                    {
                        plan.Counts.Comments[post]++;
                        if (parent is { } p)
                        {
                            plan.Counts.CommentReplies[first + p]++;
                        }
                    }
                }


                w.StartRow();
                w.Id(id);
                w.Id(plan.PostIds[post]);
                w.Id(plan.UserIds[plan.Activity.Next(random)]);
                w.Id(parent is { } parentIndex ? ids[parentIndex] : null);
                w.Text(texts.Comment(random));
                w.Time(deleted ? plan.Clock.After(random, times[k], 12) : null);
                w.Time(times[k]);
                w.Time(times[k]);
                w.Int(plan.Counts.CommentLikes[index]);
                w.Int(plan.Counts.CommentReplies[index]);
            }
        }
    }
}
