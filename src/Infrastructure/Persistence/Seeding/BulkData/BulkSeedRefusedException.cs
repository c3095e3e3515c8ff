namespace PageShare.Infrastructure.Persistence.Seeding.BulkData;

/// <summary>The database already has users and neither --append nor --reset was given.</summary>
public sealed class BulkSeedRefusedException(long existingUsers) : InvalidOperationException(
    $"The database already has {existingUsers} users: refusing to mix data sets. " +
    "Use --append to add a new population next to them, or --reset to empty every table first.")
{
    public long ExistingUsers { get; } = existingUsers;
}
