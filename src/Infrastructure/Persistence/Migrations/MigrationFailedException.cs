namespace PageShare.Infrastructure.Persistence.Migrations;

/// <summary>A migration script failed; its transaction was rolled back and later scripts were not run.</summary>
public sealed class MigrationFailedException : Exception
{
    public MigrationFailedException()
    {
    }

    public MigrationFailedException(string message)
        : base(message)
    {
    }

    public MigrationFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public MigrationFailedException(MigrationScript script, Exception innerException)
        : base($"Migration {script?.FileName} failed and was rolled back: {innerException?.Message}", innerException)
    {
        FileName = script?.FileName;
    }

    public string? FileName { get; }
}
