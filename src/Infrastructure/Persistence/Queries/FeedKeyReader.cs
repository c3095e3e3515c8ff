using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using PageShare.Application.Common.Paging;
using PageShare.Application.Feed;

namespace PageShare.Infrastructure.Persistence.Queries;

/// <summary><see cref="IFeedKeyReader"/> as <see cref="FeedKeysSql"/>.</summary>
internal sealed class FeedKeyReader(PageShareDbContext db) : IFeedKeyReader
{
    public async Task<IReadOnlyList<PageKey>> AllAsync(Guid viewerId, KeysetCursor? cursor, int limit, CancellationToken cancellationToken)
    {
        var viewer = new NpgsqlParameter("viewer", NpgsqlDbType.Uuid) { Value = viewerId };
        var take = new NpgsqlParameter("take", NpgsqlDbType.Integer) { Value = limit + 1 };
        var query = cursor is { } after
            ? db.Database.SqlQueryRaw<KeyRow>(FeedKeysSql.Next, viewer, take,
                new NpgsqlParameter("at", NpgsqlDbType.TimestampTz) { Value = after.At.UtcDateTime },
                new NpgsqlParameter("id", NpgsqlDbType.Uuid) { Value = after.Id })
            : db.Database.SqlQueryRaw<KeyRow>(FeedKeysSql.First, viewer, take);
        var rows = await query.ToListAsync(cancellationToken);
        return rows.ConvertAll(r => new PageKey(r.Id, r.At));
    }

    private sealed record KeyRow(Guid Id, DateTimeOffset At);
}
