using System.Data.Common;
using System.Globalization;
using Npgsql;

namespace PageShare.Infrastructure.Persistence;

/// <summary>
/// Turns <c>DATABASE_URL</c> into an Npgsql connection string. Accepts the libpq URI form that
/// Supabase hands out (<c>postgresql://user:pass@host:port/db?sslmode=require</c>, also
/// <c>postgres://</c>) and Npgsql's key=value form. Errors never repeat the input: it holds a password.
/// </summary>
public static class DatabaseUrl
{
    public const int DefaultPort = 5432;
    public const int DefaultMaxPoolSize = 30;
    public const int DefaultTimeoutSeconds = 15;
    public const int DefaultCommandTimeoutSeconds = 30;
    public const string DefaultApplicationName = "pageshare";

    /// <summary>
    /// Statements Npgsql prepares per physical connection once seen twice: PostgreSQL then plans them once, not on
    /// every execution (the post-rows statement takes ~2 ms to plan and ~3 ms to run at 1M posts).
    /// </summary>
    public const int DefaultMaxAutoPrepare = 64;

    private static readonly string[] _schemes = ["postgresql://", "postgres://"];

    // libpq, pgx and Prisma spellings of the URI query parameters we map.
    private static readonly Dictionary<string, Action<NpgsqlConnectionStringBuilder, string>> _queryParameters =
        new(StringComparer.OrdinalIgnoreCase)
        {
            ["sslmode"] = (b, v) => b.SslMode = ParseSslMode(v),
            ["sslrootcert"] = (b, v) => b.RootCertificate = v,
            ["sslcert"] = (b, v) => b.SslCertificate = v,
            ["sslkey"] = (b, v) => b.SslKey = v,
            ["sslpassword"] = (b, v) => b.SslPassword = v,
            ["sslnegotiation"] = (b, v) => b["SSL Negotiation"] = v,
            ["gssencmode"] = (b, v) => b["GSS Encryption Mode"] = v,
            ["channel_binding"] = (b, v) => b["Channel Binding"] = v,
            ["require_auth"] = (b, v) => b.RequireAuth = v,
            ["application_name"] = (b, v) => b.ApplicationName = v,
            ["options"] = (b, v) => b.Options = v,
            ["client_encoding"] = (b, v) => b.ClientEncoding = v,
            ["target_session_attrs"] = (b, v) => b["Target Session Attributes"] = v,
            ["connect_timeout"] = (b, v) => b.Timeout = ParseInt("connect_timeout", v),
            ["command_timeout"] = (b, v) => b.CommandTimeout = ParseInt("command_timeout", v),
            ["statement_timeout"] = (b, v) => b.CommandTimeout = ParseInt("statement_timeout", v),
            ["keepalives_idle"] = (b, v) => b.TcpKeepAliveTime = ParseInt("keepalives_idle", v),
            ["keepalives_interval"] = (b, v) => b.TcpKeepAliveInterval = ParseInt("keepalives_interval", v),
            ["pooling"] = (b, v) => b.Pooling = ParseBool("pooling", v),
            ["pool_max_conns"] = (b, v) => b.MaxPoolSize = ParseInt("pool_max_conns", v),
            ["max_pool_size"] = (b, v) => b.MaxPoolSize = ParseInt("max_pool_size", v),
            ["maximum_pool_size"] = (b, v) => b.MaxPoolSize = ParseInt("maximum_pool_size", v),
            ["connection_limit"] = (b, v) => b.MaxPoolSize = ParseInt("connection_limit", v),
            ["pool_min_conns"] = (b, v) => b.MinPoolSize = ParseInt("pool_min_conns", v),
            ["min_pool_size"] = (b, v) => b.MinPoolSize = ParseInt("min_pool_size", v),
            ["minimum_pool_size"] = (b, v) => b.MinPoolSize = ParseInt("minimum_pool_size", v),
            ["pool_max_conn_lifetime"] = (b, v) => b.ConnectionLifetime = ParseSeconds("pool_max_conn_lifetime", v),
            ["pool_max_conn_idle_time"] = (b, v) => b.ConnectionIdleLifetime = ParseSeconds("pool_max_conn_idle_time", v),
            // A transaction pooler (Supavisor, PgBouncer) hands the server connection to another
            // client after each transaction, so resetting session state on close is wasted work.
            // It also hands a session's prepared statements to a client that never prepared them: none then.
            ["pgbouncer"] = (b, v) =>
            {
                b.NoResetOnClose = ParseBool("pgbouncer", v);
                if (b.NoResetOnClose)
                {
                    b.MaxAutoPrepare = 0;
                }
            },
            ["max_auto_prepare"] = (b, v) => b.MaxAutoPrepare = ParseInt("max_auto_prepare", v),
            // libpq switches with no Npgsql counterpart; harmless to drop.
            ["keepalives"] = (_, _) => { },
            ["keepalives_count"] = (_, _) => { },
            ["fallback_application_name"] = (_, _) => { },
            ["schema"] = (b, v) => b.SearchPath = v,
        };

    /// <summary>
    /// Returns an Npgsql connection string for <paramref name="databaseUrl"/>, with pooling on and
    /// defaults for pool size, timeouts and application name unless the input sets them.
    /// </summary>
    /// <exception cref="ArgumentException">The input is empty, malformed or names an unknown parameter.</exception>
    public static string ToConnectionString(string databaseUrl)
    {
        if (string.IsNullOrWhiteSpace(databaseUrl))
        {
            throw Invalid("it is empty");
        }

        var input = databaseUrl.Trim();

        // Defaults first, then the input on top: an explicit value always wins.
        var builder = new NpgsqlConnectionStringBuilder
        {
            Pooling = true,
            MaxPoolSize = DefaultMaxPoolSize,
            Timeout = DefaultTimeoutSeconds,
            CommandTimeout = DefaultCommandTimeoutSeconds,
            ApplicationName = DefaultApplicationName,
            MaxAutoPrepare = DefaultMaxAutoPrepare,
            AutoPrepareMinUsages = 2,
        };

        if (IsUri(input))
        {
            ApplyUri(builder, input);
        }
        else
        {
            ApplyKeyValue(builder, input);
        }

        if (string.IsNullOrWhiteSpace(builder.Host))
        {
            throw Invalid("it names no host");
        }

        if (builder.MinPoolSize > builder.MaxPoolSize)
        {
            throw Invalid("the minimum pool size is larger than the maximum pool size");
        }

        return builder.ConnectionString;
    }

    private static bool IsUri(string input) =>
        _schemes.Any(s => input.StartsWith(s, StringComparison.OrdinalIgnoreCase));

    private static void ApplyKeyValue(NpgsqlConnectionStringBuilder builder, string input)
    {
        try
        {
            // The generic builder lists exactly the keys given; Npgsql's setter validates each one.
            var given = new DbConnectionStringBuilder { ConnectionString = input };
            foreach (string key in given.Keys)
            {
                builder[key] = given[key];
            }
        }
        catch (Exception e) when (e is ArgumentException or FormatException or InvalidCastException)
        {
            // Npgsql's message names the bad key, not the value.
            throw Invalid($"it is neither a postgresql:// URL nor a valid key=value connection string ({e.Message})");
        }
    }

    // postgresql://[user[:password]@][host[:port][,host[:port]...]][/database][?param=value&...]
    private static void ApplyUri(NpgsqlConnectionStringBuilder builder, string input)
    {
        var rest = input[(input.IndexOf("://", StringComparison.Ordinal) + 3)..];

        var queryStart = rest.IndexOf('?', StringComparison.Ordinal);
        var query = queryStart >= 0 ? rest[(queryStart + 1)..] : string.Empty;
        if (queryStart >= 0)
        {
            rest = rest[..queryStart];
        }

        // As libpq: user info is whatever precedes an '@' that comes before the first '/'.
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        var authorityEnd = slash >= 0 ? slash : rest.Length;
        var at = rest[..authorityEnd].LastIndexOf('@');
        if (at >= 0)
        {
            ApplyUserInfo(builder, rest[..at]);
        }

        ApplyHosts(builder, rest[(at + 1)..authorityEnd]);

        if (slash >= 0)
        {
            var database = Decode(rest[(slash + 1)..], "database name");
            if (database.Length > 0)
            {
                builder.Database = database;
            }
        }

        ApplyQuery(builder, query);
    }

    private static void ApplyUserInfo(NpgsqlConnectionStringBuilder builder, string userInfo)
    {
        var colon = userInfo.IndexOf(':', StringComparison.Ordinal);
        var user = Decode(colon >= 0 ? userInfo[..colon] : userInfo, "user name");
        if (user.Length > 0)
        {
            builder.Username = user;
        }

        if (colon >= 0)
        {
            builder.Password = Decode(userInfo[(colon + 1)..], "password");
        }
    }

    private static void ApplyHosts(NpgsqlConnectionStringBuilder builder, string hostList)
    {
        if (hostList.Length == 0)
        {
            return;
        }

        var hosts = hostList.Split(',').Select(ParseHost).ToList();
        if (hosts.Count == 1)
        {
            builder.Host = hosts[0].Host;
            builder.Port = hosts[0].Port ?? DefaultPort;
            return;
        }

        // Several hosts: Npgsql takes per-host ports inside Host.
        builder.Host = string.Join(',', hosts.Select(h => FormatHost(h.Host, h.Port ?? DefaultPort)));
    }

    private static (string Host, int? Port) ParseHost(string hostPort)
    {
        string host;
        string? port = null;
        if (hostPort.StartsWith('['))
        {
            var close = hostPort.IndexOf(']', StringComparison.Ordinal);
            if (close < 0)
            {
                throw Invalid("an IPv6 host has no closing ']'");
            }

            host = hostPort[1..close];
            var after = hostPort[(close + 1)..];
            if (after.Length > 0)
            {
                port = after.StartsWith(':') ? after[1..] : throw Invalid("unexpected text after an IPv6 host");
            }
        }
        else
        {
            var colon = hostPort.LastIndexOf(':');
            host = colon >= 0 ? hostPort[..colon] : hostPort;
            port = colon >= 0 ? hostPort[(colon + 1)..] : null;
        }

        host = Decode(host, "host");
        if (host.Length == 0)
        {
            throw Invalid("a host is empty");
        }

        if (port is null || port.Length == 0)
        {
            return (host, null);
        }

        if (!int.TryParse(port, NumberStyles.None, CultureInfo.InvariantCulture, out var portNumber)
            || portNumber is < 1 or > 65535)
        {
            throw Invalid("the port is not a number between 1 and 65535");
        }

        return (host, portNumber);
    }

    private static string FormatHost(string host, int port) =>
        host.Contains(':', StringComparison.Ordinal) ? $"[{host}]:{port}" : $"{host}:{port}";

    private static void ApplyQuery(NpgsqlConnectionStringBuilder builder, string query)
    {
        foreach (var pair in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var name = Decode(equals >= 0 ? pair[..equals] : pair, "query parameter name");
            var value = equals >= 0 ? Decode(pair[(equals + 1)..], "query parameter value") : string.Empty;

            if (!_queryParameters.TryGetValue(name, out var apply))
            {
                throw Invalid($"the query parameter '{name}' is not supported");
            }

            try
            {
                apply(builder, value);
            }
            catch (Exception e) when (e is ArgumentException or FormatException or InvalidCastException)
            {
                throw Invalid($"the query parameter '{name}' has an invalid value");
            }
        }
    }

    private static string Decode(string value, string what)
    {
        try
        {
            return Uri.UnescapeDataString(value);
        }
        catch (UriFormatException)
        {
            throw Invalid($"the {what} is not valid percent-encoding");
        }
    }

    private static SslMode ParseSslMode(string value) => value.ToUpperInvariant() switch
    {
        "DISABLE" => SslMode.Disable,
        "ALLOW" => SslMode.Allow,
        "PREFER" => SslMode.Prefer,
        "REQUIRE" => SslMode.Require,
        "VERIFY-CA" or "VERIFYCA" => SslMode.VerifyCA,
        "VERIFY-FULL" or "VERIFYFULL" => SslMode.VerifyFull,
        _ => throw new FormatException("unknown sslmode"),
    };

    private static int ParseInt(string name, string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw new FormatException($"{name} must be a whole number");

    private static int ParseSeconds(string name, string value)
    {
        // pgx writes durations such as "30m" or "1h"; a bare number is seconds.
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return seconds;
        }

        if (value.Length > 1 && int.TryParse(value[..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var amount))
        {
            switch (value[^1])
            {
                case 's': return amount;
                case 'm': return amount * 60;
                case 'h': return amount * 3600;
            }
        }

        throw new FormatException($"{name} must be seconds or a duration such as 30m");
    }

    private static bool ParseBool(string name, string value) => value.ToUpperInvariant() switch
    {
        "TRUE" or "1" or "YES" or "ON" => true,
        "FALSE" or "0" or "NO" or "OFF" => false,
        _ => throw new FormatException($"{name} must be true or false"),
    };

    private static ArgumentException Invalid(string reason) =>
        new($"DATABASE_URL is not usable: {reason}.", "databaseUrl");
}
