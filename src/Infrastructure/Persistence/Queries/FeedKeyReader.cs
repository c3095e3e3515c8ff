using System.Data.Common;
using Npgsql;
using NpgsqlTypes;
using PageShare.Application.Common.Paging;
using PageShare.Application.Feed;

namespace PageShare.Infrastructure.Persistence.Queries;

/// <summary><see cref="IFeedKeyReader"/> as <see cref="FeedKeysSql"/> and <see cref="FollowingFeedSql"/>.</summary>
internal sealed class FeedKeyReader(PageShareDbContext db) : IFeedKeyReader
{
    public async Task<IReadOnlyList<PageKey>> AllAsync(Guid viewerId, KeysetCursor? cursor, int limit, CancellationToken cancellationToken) =>
        await db.ReadAsync(cursor is null ? FeedKeysSql.First : FeedKeysSql.Next, Parameters(viewerId, cursor, limit), Key, cancellationToken);

    public async Task<IReadOnlyList<FollowingFeedKey>> FollowingAsync(Guid viewerId, KeysetCursor? cursor, int limit,
        CancellationToken cancellationToken) =>
        await db.ReadAsync(cursor is null ? FollowingFeedSql.First : FollowingFeedSql.Next, Parameters(viewerId, cursor, limit),
            r => new FollowingFeedKey(Key(r), r.IsDBNull(2) ? null : HandWrittenSql.UserSummary(r, 2)),
            cancellationToken);

    // Both statements: @viewer, @take (limit + 1), and past a cursor its @at and @id.
    private static List<NpgsqlParameter> Parameters(Guid viewerId, KeysetCursor? cursor, int limit) =>
        [HandWrittenSql.Viewer(viewerId), new NpgsqlParameter("take", NpgsqlDbType.Integer) { Value = limit + 1 }, .. HandWrittenSql.After(cursor)];

    // Columns 0 and 1 of both statements: the post id and its (activity) time.
    private static PageKey Key(DbDataReader r) => new(r.GetGuid(0), new DateTimeOffset(r.GetDateTime(1), TimeSpan.Zero));
}
