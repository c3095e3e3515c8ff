using System.Net.Sockets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using PageShare.Application.Common.Exceptions;

namespace PageShare.Infrastructure.Persistence;

/// <summary>
/// Turns database failures the API can explain into application exceptions: a unique violation is the
/// database deciding a race (409), an unreachable server is a 503. Everything else stays a bug.
/// </summary>
public static class DatabaseErrorTranslator
{
    // Constraint name -> what the client did wrong. Unknown unique constraints still give 409.
    private static readonly Dictionary<string, (string Code, string Message)> UniqueConstraints = new(StringComparer.Ordinal)
    {
        ["ux_users_username_lower"] = ("username_taken", "That username is already taken."),
        ["pk_poll_votes"] = ("already_voted", "You have already voted in this poll; votes are final."),
        ["ux_reports_open_per_reporter_target"] = ("already_reported", "You already reported this; a moderator will review it."),
    };

    public static Exception? Translate(Exception exception)
    {
        var postgres = Find<PostgresException>(exception);
        if (postgres is { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            return postgres.ConstraintName is { } name && UniqueConstraints.TryGetValue(name, out var known)
                ? new ConflictException(known.Code, known.Message)
                : new ConflictException("conflict", "The request conflicts with existing data.");
        }

        if (postgres is { SqlState: PostgresErrorCodes.TooManyConnections or PostgresErrorCodes.CannotConnectNow or PostgresErrorCodes.AdminShutdown })
        {
            return new ServiceUnavailableException("The database is temporarily unavailable.", exception);
        }

        var isUnreachable = Find<NpgsqlException>(exception) is { IsTransient: true } && postgres is null
            || Find<SocketException>(exception) is not null
            || exception is InvalidOperationException { InnerException: NpgsqlException }
            || (exception is RetryLimitExceededException);
        return isUnreachable ? new ServiceUnavailableException("The database is temporarily unavailable.", exception) : null;
    }

    private static T? Find<T>(Exception exception)
        where T : Exception
    {
        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            if (current is T match)
            {
                return match;
            }
        }

        return null;
    }
}
