using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;
using PageShare.Application.Common.Paging;
using PageShare.Application.Users;

namespace PageShare.Infrastructure.Persistence.Queries;

/// <summary>
/// Runs a hand-written statement through EF's command layer only, on the context's connection and transaction:
/// interceptors (the slow-query log, the plan tests' EXPLAIN) and diagnostics see it, but there is no LINQ pipeline,
/// and rows are not buffered for the retrying strategy before being read. For the hottest reads (issue 7): the
/// feed page's two statements cost the API more CPU through SqlQueryRaw than PostgreSQL spent running them.
/// </summary>
internal static class HandWrittenSql
{
    /// <summary>A statement over <c>@ids</c> (uuid[]) as seen by <c>@viewer</c> (uuid, null when anonymous).</summary>
    public static Task<List<T>> ReadByIdsAsync<T>(this PageShareDbContext db, string sql, IReadOnlyList<Guid> ids, Guid? viewerId,
        Func<DbDataReader, T> read, CancellationToken cancellationToken) =>
        db.ReadAsync(
            sql,
            [new NpgsqlParameter("ids", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { Value = ids.ToArray() }, Viewer(viewerId)],
            read,
            cancellationToken);

    /// <summary><c>@viewer</c> (uuid), null when anonymous.</summary>
    public static NpgsqlParameter Viewer(Guid? viewerId) =>
        new("viewer", NpgsqlDbType.Uuid) { Value = viewerId is { } id ? id : DBNull.Value };

    /// <summary>A keyset cursor's <c>@at</c> (timestamptz) and <c>@id</c> (uuid); none without a cursor.</summary>
    public static IEnumerable<NpgsqlParameter> After(KeysetCursor? cursor) => cursor is { } after
        ?
        [
            new NpgsqlParameter("at", NpgsqlDbType.TimestampTz) { Value = after.At.UtcDateTime },
            new NpgsqlParameter("id", NpgsqlDbType.Uuid) { Value = after.Id },
        ]
        : [];

    public static async Task<List<T>> ReadAsync<T>(this PageShareDbContext db, string sql, IReadOnlyList<NpgsqlParameter> parameters,
        Func<DbDataReader, T> read, CancellationToken cancellationToken)
    {
        await using var reader = await Command(db, sql, parameters)
            .ExecuteReaderAsync(Execution(db, CommandSource.FromSqlQuery), cancellationToken);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(read(reader.DbDataReader));
        }

        return rows;
    }

    /// <summary>
    /// A user summary from five columns from <paramref name="first"/> on: id, username, display name, picture (may be
    /// null) and verified, the order every statement here selects them in.
    /// </summary>
    public static UserSummaryDto UserSummary(DbDataReader r, int first) => new(
        r.GetGuid(first), r.GetString(first + 1), r.GetString(first + 2),
        r.IsDBNull(first + 3) ? null : r.GetString(first + 3), r.GetBoolean(first + 4));

    /// <summary>A statement that returns no rows; the number of rows it changed.</summary>
    public static Task<int> ExecuteAsync(this PageShareDbContext db, string sql, IReadOnlyList<NpgsqlParameter> parameters,
        CancellationToken cancellationToken) =>
        Command(db, sql, parameters).ExecuteNonQueryAsync(Execution(db, CommandSource.ExecuteSqlRaw), cancellationToken);

    private static IRelationalCommand Command(PageShareDbContext db, string sql, IReadOnlyList<NpgsqlParameter> parameters)
    {
        var builder = db.GetService<IRelationalCommandBuilderFactory>().Create().Append(sql);
        foreach (var parameter in parameters)
        {
            builder.AddRawParameter(parameter.ParameterName, parameter);
        }

        return builder.Build();
    }

    private static RelationalCommandParameterObject Execution(PageShareDbContext db, CommandSource source) =>
        new(db.GetService<IRelationalConnection>(), null, null, db, db.GetService<IRelationalCommandDiagnosticsLogger>(), source);
}
