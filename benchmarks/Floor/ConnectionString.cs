using Npgsql;

namespace PageShare.Benchmarks.Floor;

/// <summary>
/// <c>postgresql://user[:password]@host:port/db</c> (what the local cluster script prints) or a key=value string, with
/// the API's pool defaults (DatabaseUrl: 30 connections, 64 auto-prepared statements), so both sides get the same pool.
/// </summary>
internal static class ConnectionString
{
    public static string From(string databaseUrl)
    {
        var builder = new NpgsqlConnectionStringBuilder
        {
            MaxPoolSize = 30, Timeout = 15, CommandTimeout = 30, ApplicationName = "pageshare-floor", MaxAutoPrepare = 64, AutoPrepareMinUsages = 2,
        };
        if (!databaseUrl.StartsWith("postgres", StringComparison.Ordinal))
        {
            builder.ConnectionString = databaseUrl;
            return builder.ConnectionString;
        }

        var uri = new Uri(databaseUrl);
        var user = uri.UserInfo.Split(':', 2);
        builder.Host = uri.Host;
        builder.Port = uri.IsDefaultPort || uri.Port < 0 ? 5432 : uri.Port;
        builder.Database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        builder.Username = Uri.UnescapeDataString(user[0]);
        if (user.Length > 1)
        {
            builder.Password = Uri.UnescapeDataString(user[1]);
        }

        return builder.ConnectionString;
    }
}
