namespace PageShare.Infrastructure.Persistence.Migrations;

/// <summary>An applied migration file was edited; the database and the files no longer agree.</summary>
public sealed class MigrationChecksumMismatchException : Exception
{
    public MigrationChecksumMismatchException()
    {
    }

    public MigrationChecksumMismatchException(string message)
        : base(message)
    {
    }

    public MigrationChecksumMismatchException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public MigrationChecksumMismatchException(IReadOnlyList<MigrationScript> edited)
        : base(BuildMessage(edited))
    {
        FileNames = edited.Select(s => s.FileName).ToList();
    }

    /// <summary>The edited files.</summary>
    public IReadOnlyList<string> FileNames { get; } = [];

    private static string BuildMessage(IReadOnlyList<MigrationScript> edited)
    {
        ArgumentNullException.ThrowIfNull(edited);
        return $"Migration file(s) {string.Join(", ", edited.Select(s => s.FileName))} changed after being applied "
            + "(checksum differs from schema_migrations). Restore the applied text and put the change in a new migration.";
    }
}
