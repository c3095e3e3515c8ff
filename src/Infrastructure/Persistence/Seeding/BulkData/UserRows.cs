using Bogus;
using PageShare.Domain.Users;
using PageShare.Infrastructure.Identity;

namespace PageShare.Infrastructure.Persistence.Seeding.BulkData;

/// <summary>
/// Profiles. Ids are <see cref="DevelopmentUsers.IdFor"/> of the username, so <c>dev-token &lt;username&gt;</c>
/// signs in as any generated user (the benchmark relies on it).
/// </summary>
internal static class UserRows
{
    public const string Columns =
        "id, email, username, display_name, bio, interests, timezone, country_code, is_verified, onboarding_completed, created_at, updated_at, " +
        "followers_count, following_count, posts_count, last_active_at";

    private static readonly string[] Interests = ["stocks", "options", "crypto", "forex", "futures", "etfs", "dividends", "macro", "earnings", "technical_analysis"];
    private static readonly string[] Countries = ["US", "US", "US", "US", "GB", "CA", "DE", "IN", "AU", "FR", "NL", "SG", "BR", "JP"];
    private static readonly string[] Timezones = ["America/New_York", "America/Chicago", "America/Los_Angeles", "Europe/London", "Europe/Berlin", "Asia/Singapore"];

    public static void Write(RowWriter w, SeedPlan plan)
    {
        var random = plan.Stream(TableSalt.Users);
        var faker = new Faker { Random = new Randomizer(plan.Options.Seed) };
        var verified = Math.Max(1, plan.Options.Users / 200); // the most followed 0.5%
        for (var i = 0; i < plan.Options.Users; i++)
        {
            var first = faker.Name.FirstName();
            var last = faker.Name.LastName();
            var suffix = "_" + (plan.UserOffset + i).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var stem = Username.SuggestBase(faker.Internet.UserName(first, last));
            var username = stem[..Math.Min(stem.Length, Username.MaxLength - suffix.Length)] + suffix;
            var joined = plan.Clock.Start.AddDays(-1 - (random.NextDouble() * 720));
            plan.UserIds[i] = DevelopmentUsers.IdFor(username);
            plan.UserJoined[i] = joined;

            w.StartRow();
            w.Id(plan.UserIds[i]);
            w.Text(DevelopmentUsers.EmailFor(username));
            w.Text(username);
            w.Text($"{first} {last}");
            w.Text(random.Chance(0.6) ? faker.Lorem.Sentence(random.Next(4, 14)) : null);
            w.TextArray(random.GetItems(Interests, random.Next(0, 4)).Distinct().ToArray());
            w.Text(random.Chance(0.7) ? Timezones[random.Next(Timezones.Length)] : null);
            w.Text(random.Chance(0.8) ? Countries[random.Next(Countries.Length)] : null);
            w.Bool(i < verified);
            w.Bool(true);
            w.Time(joined);
            w.Time(joined);
            w.Int(plan.Counts.Followers[i]);
            w.Int(plan.Counts.Following[i]);
            w.Int(plan.Counts.UserPosts[i]);
            w.Time(plan.Counts.LastActive[i]);
        }
    }
}
