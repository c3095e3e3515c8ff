namespace PageShare.Infrastructure.Persistence.Migrations;

/// <summary>A row of schema_migrations.</summary>
public sealed record AppliedMigration(int Version, string Name, string Checksum, DateTimeOffset AppliedAt);
