using Npgsql;
using NpgsqlTypes;
using PageShare.Application.Common.Paging;
using PageShare.Application.Feed;

namespace PageShare.Infrastructure.Persistence.Queries;

/// <summary><see cref="IFeedKeyReader"/> as <see cref="FeedKeysSql"/>.</summary>
internal sealed class FeedKeyReader(PageShareDbContext db) : IFeedKeyReader
{
    public async Task<IReadOnlyList<PageKey>> AllAsync(Guid viewerId, KeysetCursor? cursor, int limit, CancellationToken cancellationToken) =>
        await db.ReadAsync(
            cursor is null ? FeedKeysSql.First : FeedKeysSql.Next,
            [HandWrittenSql.Viewer(viewerId), new NpgsqlParameter("take", NpgsqlDbType.Integer) { Value = limit + 1 }, .. HandWrittenSql.After(cursor)],
            r => new PageKey(r.GetGuid(0), new DateTimeOffset(r.GetDateTime(1), TimeSpan.Zero)),
            cancellationToken);
}
