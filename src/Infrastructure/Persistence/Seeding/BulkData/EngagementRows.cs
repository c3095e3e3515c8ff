namespace PageShare.Infrastructure.Persistence.Seeding.BulkData;

/// <summary>Likes (on posts and comments), plain reposts and bookmarks, each scaled by the target's reach.</summary>
internal static class EngagementRows
{
    public const string ReactionColumns = "user_id, target_type, target_id, created_at";
    public const string UserPostColumns = "user_id, post_id, created_at";

    public const double LikesPerReach = 1.1;
    public const double RepostsPerReach = 0.12;
    public const double BookmarksPerReach = 0.06;

    public static void WriteReactions(RowWriter w, SeedPlan plan)
    {
        var random = plan.Stream(TableSalt.Reactions);
        var picker = new UserPicker(plan.Activity, plan.Options.Users);
        for (var post = 0; post < plan.PostIds.Length; post++)
        {
            var likers = picker.Pick(random, random.RoundStochastic(plan.PostReach[post] * LikesPerReach));
            if (w.IsDry)
            {
                plan.Counts.Likes[post] += likers.Count;
            }

            foreach (var user in likers)
            {
                Reaction(w, plan.UserIds[user], "post", plan.PostIds[post], plan.Clock.After(random, plan.PostTimes[post], 6));
            }
        }

        for (var comment = 0; comment < plan.CommentIds.Count; comment++)
        {
            var likers = picker.Pick(random, random.RoundStochastic(plan.CommentReach[comment]));
            if (w.IsDry)
            {
                plan.Counts.CommentLikes[comment] += likers.Count;
            }

            foreach (var user in likers)
            {
                Reaction(w, plan.UserIds[user], "comment", plan.CommentIds[comment], plan.Clock.After(random, plan.CommentTimes[comment], 3));
            }
        }
    }

    public static void WriteReposts(RowWriter w, SeedPlan plan) => WritePerPost(w, plan, TableSalt.Reposts, RepostsPerReach, 8, plan.Counts.Reposts);

    public static void WriteBookmarks(RowWriter w, SeedPlan plan) => WritePerPost(w, plan, TableSalt.Bookmarks, BookmarksPerReach, 24, plan.Counts.Bookmarks);

    private static void WritePerPost(RowWriter w, SeedPlan plan, TableSalt salt, double perReach, double meanDelayHours, int[] counts)
    {
        var random = plan.Stream(salt);
        var picker = new UserPicker(plan.Activity, plan.Options.Users);
        for (var post = 0; post < plan.PostIds.Length; post++)
        {
            var users = picker.Pick(random, random.RoundStochastic(plan.PostReach[post] * perReach));
            if (w.IsDry)
            {
                counts[post] += users.Count;
            }

            foreach (var user in users)
            {
                w.StartRow();
                w.Id(plan.UserIds[user]);
                w.Id(plan.PostIds[post]);
                w.Time(plan.Clock.After(random, plan.PostTimes[post], meanDelayHours));
            }
        }
    }

    private static void Reaction(RowWriter w, Guid user, string targetType, Guid target, DateTime at)
    {
        w.StartRow();
        w.Id(user);
        w.Text(targetType);
        w.Id(target);
        w.Time(at);
    }
}
