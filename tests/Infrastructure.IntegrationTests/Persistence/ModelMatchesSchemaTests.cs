using Microsoft.EntityFrameworkCore;
using PageShare.Domain.Users;
using PageShare.Infrastructure.Persistence;
using PageShare.TestSupport.Database;

namespace PageShare.Infrastructure.IntegrationTests.Persistence;

/// <summary>The EF model maps onto the SQL migrations; reading every set proves every mapped column exists.</summary>
public sealed class ModelMatchesSchemaTests : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateMigratedAsync("model");

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task EveryEntitySet_AfterMigrating_CanBeRead()
    {
        await using var db = CreateContext();
        var read = new List<string>();

        foreach (var entityType in db.Model.GetEntityTypes().Where(e => !e.IsOwned()))
        {
            var set = (IQueryable<object>)typeof(DbContext).GetMethod(nameof(DbContext.Set), Type.EmptyTypes)!
                .MakeGenericMethod(entityType.ClrType).Invoke(db, null)!;
            await set.Take(1).ToListAsync();
            read.Add(entityType.GetTableName()!);
        }

        read.Should().Contain("users");
    }

    [Fact]
    public async Task User_RoundTrip_KeepsEveryField()
    {
        var id = Guid.NewGuid();
        await using (var db = CreateContext())
        {
            var user = User.Provision(id, "rt@example.com", Username.Create("round_trip"), false, DateTimeOffset.UtcNow);
            user.CompleteOnboarding(Username.Create("round_trip"), "Round Trip", "bio", ["Options", "Macro"], "Europe/Berlin", "DE", "hash");
            user.ReplaceProfilePicture("https://cdn/p.png", "u/p.png");
            db.Users.Add(user);
            await db.SaveChangesAsync();
        }

        await using var read = CreateContext();
        var loaded = await read.Users.AsNoTracking().SingleAsync(u => u.Id == id);

        loaded.Username.Value.Should().Be("round_trip");
        loaded.Interests.Should().Equal("Options", "Macro");
        loaded.CountryCode.Should().Be("DE");
        loaded.Timezone.Should().Be("Europe/Berlin");
        loaded.ProfilePicturePath.Should().Be("u/p.png");
        loaded.Role.Should().Be(UserRole.User);
        loaded.OnboardingCompleted.Should().BeTrue();
    }

    [Fact]
    public async Task User_ContentFilters_RoundTripAndRemove()
    {
        var userId = Guid.NewGuid();
        var targetId = Guid.NewGuid();
        await using (var db = CreateContext())
        {
            db.Users.Add(User.Provision(userId, null, Username.Create("blocker"), false, DateTimeOffset.UtcNow));
            db.Users.Add(User.Provision(targetId, null, Username.Create("blocked"), false, DateTimeOffset.UtcNow));
            await db.SaveChangesAsync();
            var user = await db.Users.SingleAsync(u => u.Id == userId);
            user.Block(targetId, DateTimeOffset.UtcNow);
            user.Mute(targetId, DateTimeOffset.UtcNow);
            await db.SaveChangesAsync();
        }

        await using (var db = CreateContext())
        {
            var user = await db.Users.SingleAsync(u => u.Id == userId);
            user.HasBlocked(targetId).Should().BeTrue();
            user.HasMuted(targetId).Should().BeTrue();
            user.Unmute(targetId);
            await db.SaveChangesAsync();
        }

        await using var read = CreateContext();
        (await read.Users.AsNoTracking().SingleAsync(u => u.Id == userId)).ContentFilters.Should().ContainSingle()
            .Which.Kind.Should().Be(ContentFilterKind.Block);
    }

    private PageShareDbContext CreateContext() =>
        new(new DbContextOptionsBuilder<PageShareDbContext>().UseNpgsql(_database.ConnectionString).Options);
}
