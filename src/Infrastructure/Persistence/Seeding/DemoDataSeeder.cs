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

        foreach (var name in usernames)
        {
            var username = Username.Create(name[..Math.Min(name.Length, Username.MaxLength)]);
            var joined = now.AddDays(-faker.Random.Int(1, 365));
            db.Users.Add(User.Provision(DevelopmentUsers.IdFor(username.Value), DevelopmentUsers.EmailFor(username.Value),
                username, isAnonymous: false, joined));
        }

        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Seeded {UserCount} demo users", usernames.Count);
        return true;
    }
}
