namespace PageShare.Infrastructure.Persistence;

/// <summary>The Npgsql connection string built from <c>DATABASE_URL</c>, or null when the variable is unset.</summary>
public sealed record DatabaseSettings(string? ConnectionString)
{
    public string RequireConnectionString() => ConnectionString
        ?? throw new InvalidOperationException(
            "DATABASE_URL is not set. Locally, ./build.sh --target=Run starts a PostgreSQL cluster and sets it.");
}
