using Bogus;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using PageShare.Domain.Users;
using PageShare.Infrastructure.Identity;

namespace PageShare.Infrastructure.Persistence.Seeding;

/// <summary>
/// A small, repeatable demo data set (fixed Bogus seed) so a newcomer lands in a populated API.
/// Seeds only an empty database; each feature extends it here.
/// </summary>
public sealed class DemoDataSeeder(PageShareDbContext db, TimeProvider clock, ILogger<DemoDataSeeder> logger)
{
    public const int Seed = 20261121;
    public static readonly IReadOnlyList<string> NamedUsers = ["alice", "bob", "carol", "dave"];
    private const int GeneratedUsers = 16;

    public async Task<bool> SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Users.AnyAsync(cancellationToken))
        {
            logger.LogInformation("Seed skipped: the database already has users");
            return false;
        }

        var now = clock.GetUtcNow();
        var faker = new Faker { Random = new Randomizer(Seed) };
        var usernames = NamedUsers.Concat(Enumerable.Range(0, GeneratedUsers)
            .Select(i => Username.SuggestBase(faker.Internet.UserName()) + "_" + i)).ToList();

        var userIds = new List<Guid>();
        foreach (var name in usernames)
        {
            var username = Username.Create(name[..Math.Min(name.Length, Username.MaxLength)]);
            // Older than every demo post (at most 7 days old), so no post predates its author.
            var joined = now.AddDays(-faker.Random.Int(8, 365));
            var user = User.Provision(DevelopmentUsers.IdFor(username.Value), DevelopmentUsers.EmailFor(username.Value),
                username, isAnonymous: false, joined);
            db.Users.Add(user);
            userIds.Add(user.Id);
        }

        await db.SaveChangesAsync(cancellationToken);

        var (posts, likes) = DemoPosts.Create(faker, userIds, now);
        // EF does not know quoted_post_id is a foreign key (no navigation), so quoted posts go in first.
        db.Posts.AddRange(posts.Where(p => p.QuotedPostId is null));
        await db.SaveChangesAsync(cancellationToken);
        db.Posts.AddRange(posts.Where(p => p.QuotedPostId is not null));
        db.Reactions.AddRange(likes);
        await db.SaveChangesAsync(cancellationToken);
        await NameTickersAsync(cancellationToken);

        logger.LogInformation("Seeded {UserCount} demo users, {PostCount} posts and {LikeCount} likes",
            usernames.Count, posts.Count, likes.Count);
        return true;
    }

    /// <summary>The database creates ticker rows on first mention, without a name; the demo ones get theirs.</summary>
    private async Task NameTickersAsync(CancellationToken cancellationToken)
    {
        var symbols = DemoPostTexts.Tickers.Keys.ToArray();
        var names = symbols.Select(s => DemoPostTexts.Tickers[s].Name).ToArray();
        await db.Database.ExecuteSqlAsync($"""
            UPDATE tickers t SET name = v.name
            FROM unnest({symbols}, {names}) AS v(symbol, name)
            WHERE t.symbol = v.symbol AND t.name IS NULL
            """, cancellationToken);
    }
}
