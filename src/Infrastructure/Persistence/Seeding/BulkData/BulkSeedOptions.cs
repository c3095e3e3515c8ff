namespace PageShare.Infrastructure.Persistence.Seeding.BulkData;

/// <summary>What <c>seed --users N --posts M</c> generates.</summary>
/// <param name="Days">Activity is spread over this many days before now.</param>
public sealed record BulkSeedOptions(int Users, int Posts, int Seed, ExistingDataPolicy OnExistingData, int Days = 180)
{
    public const int DefaultSeed = 20261122;
}
