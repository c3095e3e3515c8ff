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
        List<NpgsqlParameter> parameters =
        [
            new("viewer", NpgsqlDbType.Uuid) { Value = viewerId },
            new("take", NpgsqlDbType.Integer) { Value = limit + 1 },
        ];
        if (cursor is { } after)
        {
            parameters.Add(new NpgsqlParameter("at", NpgsqlDbType.TimestampTz) { Value = after.At.UtcDateTime });
            parameters.Add(new NpgsqlParameter("id", NpgsqlDbType.Uuid) { Value = after.Id });
        }

        return await db.ReadAsync(cursor is null ? FeedKeysSql.First : FeedKeysSql.Next, parameters,
            r => new PageKey(r.GetGuid(0), new DateTimeOffset(r.GetDateTime(1), TimeSpan.Zero)), cancellationToken);
    }
}
