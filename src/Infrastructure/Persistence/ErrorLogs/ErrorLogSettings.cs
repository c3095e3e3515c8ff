using Npgsql;

namespace PageShare.Infrastructure.Persistence.ErrorLogs;

/// <summary>
/// The error-log writer's own connection string: the same database with short timeouts, and so a pool of its own.
/// When the request failed because the database is slow or gone, the report gives up quickly instead of adding to it.
/// </summary>
public sealed record ErrorLogSettings(string? ConnectionString)
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    public static ErrorLogSettings From(DatabaseSettings database)
    {
        ArgumentNullException.ThrowIfNull(database);
        if (database.ConnectionString is null)
        {
            return new ErrorLogSettings((string?)null);
        }

        var builder = new NpgsqlConnectionStringBuilder(database.ConnectionString)
        {
            Timeout = (int)Timeout.TotalSeconds,
            CommandTimeout = (int)Timeout.TotalSeconds,
            ApplicationName = "pageshare-error-log",
        };
        return new ErrorLogSettings(builder.ConnectionString);
    }
}
