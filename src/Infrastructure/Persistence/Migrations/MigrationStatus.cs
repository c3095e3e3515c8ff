namespace PageShare.Infrastructure.Persistence.Migrations;

/// <summary>How the database compares with the migration files.</summary>
/// <param name="Applied">Rows of schema_migrations, by version.</param>
/// <param name="Pending">Files not applied yet, by version.</param>
/// <param name="Edited">Applied files whose text changed since (checksum differs).</param>
/// <param name="Unknown">Applied versions with no file: the database is newer than this build.</param>
public sealed record MigrationStatus(
    IReadOnlyList<AppliedMigration> Applied,
    IReadOnlyList<MigrationScript> Pending,
    IReadOnlyList<MigrationScript> Edited,
    IReadOnlyList<AppliedMigration> Unknown)
{
    /// <summary>True when nothing is pending and no applied file was edited: safe to serve.</summary>
    public bool IsUpToDate => Pending.Count == 0 && Edited.Count == 0;
}
