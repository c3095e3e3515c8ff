using Npgsql;
using NpgsqlTypes;
using PageShare.Application.Errors;

namespace PageShare.Infrastructure.Persistence.ErrorLogs;

/// <summary>
/// <c>error_logs</c> as groups: one statement inserts a group or counts one more occurrence of the open one
/// (<c>ux_error_logs_open_fingerprint</c>). Its own connection, never the request's DbContext: that one may be
/// inside the transaction whose failure is being reported.
/// </summary>
internal sealed class PostgresErrorLogStore(ErrorLogSettings settings) : IErrorLogStore
{
    public const int MaxMessageLength = 2000;
    public const int MaxStackLength = 10000;
    public const int MaxShortTextLength = 500;

    // user_id through a sub-select: a token's user may not have a profile row yet (the failure may be its provisioning).
    private const string UpsertSql = """
        insert into error_logs (source, level, fingerprint, message, stack, exception_type, url, route, method, status_code,
                                user_agent, context, user_id, request_id)
        values (@source, @level, @fingerprint, @message, @stack, @exception_type, @url, @route, @method, @status_code,
                @user_agent, @context, (select id from users where id = @user_id), @request_id)
        on conflict (source, fingerprint) where not resolved do update
            set occurrences = error_logs.occurrences + 1, last_seen_at = greatest(error_logs.last_seen_at, now())
        """;

    public async Task RecordAsync(ErrorReport report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        var message = ErrorLogScrubber.Text(report.Message, MaxMessageLength)!;
        var stack = ErrorLogScrubber.Text(report.Stack, MaxStackLength);
        var exceptionType = ErrorLogScrubber.Text(report.ExceptionType, MaxShortTextLength);

        await using var connection = new NpgsqlConnection(settings.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(UpsertSql, connection);
        var parameters = command.Parameters;
        parameters.AddWithValue("source", report.Source.ToString().ToLowerInvariant());
        parameters.AddWithValue("level", report.Level.ToString().ToLowerInvariant());
        parameters.AddWithValue("fingerprint", ErrorFingerprint.For(exceptionType, message, stack));
        parameters.AddWithValue("message", message);
        parameters.Add(Text("stack", stack));
        parameters.Add(Text("exception_type", exceptionType));
        parameters.Add(Text("url", ErrorLogScrubber.Url(report.Url, MaxMessageLength)));
        parameters.Add(Text("route", ErrorLogScrubber.Text(report.Route, MaxShortTextLength)));
        parameters.Add(Text("method", ErrorLogScrubber.Text(report.Method, MaxShortTextLength)));
        parameters.Add(new NpgsqlParameter("status_code", NpgsqlDbType.Integer) { Value = (object?)report.StatusCode ?? DBNull.Value });
        parameters.Add(Text("user_agent", ErrorLogScrubber.Text(report.UserAgent, MaxShortTextLength)));
        parameters.Add(new NpgsqlParameter("context", NpgsqlDbType.Jsonb) { Value = (object?)ErrorLogScrubber.Context(report.Context) ?? DBNull.Value });
        parameters.Add(new NpgsqlParameter("user_id", NpgsqlDbType.Uuid) { Value = (object?)report.UserId ?? DBNull.Value });
        parameters.Add(Text("request_id", ErrorLogScrubber.Text(report.RequestId, MaxShortTextLength)));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static NpgsqlParameter Text(string name, string? value) =>
        new(name, NpgsqlDbType.Text) { Value = (object?)value ?? DBNull.Value };
}
