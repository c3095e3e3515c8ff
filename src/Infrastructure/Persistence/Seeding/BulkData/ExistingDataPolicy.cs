namespace PageShare.Infrastructure.Persistence.Seeding.BulkData;

/// <summary>What a bulk seed does when the database already has users.</summary>
public enum ExistingDataPolicy
{
    /// <summary>Refuse and change nothing: the safe default, a typo must not mix data sets.</summary>
    Refuse,

    /// <summary>Add a new, self-contained population next to the existing rows.</summary>
    Append,

    /// <summary>Truncate every table except schema_migrations first.</summary>
    Reset,
}
