using Npgsql;
using NpgsqlTypes;
using PageShare.Application.Comments;
using PageShare.Application.Common.Paging;

namespace PageShare.Infrastructure.Persistence.Queries;

/// <summary><see cref="ICommentPageReader"/> as <see cref="CommentPageSql"/>, read by ordinal (<see cref="HandWrittenSql"/>).</summary>
internal sealed class CommentPageReader(PageShareDbContext db) : ICommentPageReader
{
    public async Task<CommentPageRows> ReadAsync(Guid postId, Guid? viewerId, KeysetCursor? cursor, int limit,
        CancellationToken cancellationToken)
    {
        var rows = await db.ReadAsync(
            cursor is null ? CommentPageSql.First : CommentPageSql.Next,
            [
                new NpgsqlParameter("post", NpgsqlDbType.Uuid) { Value = postId },
                HandWrittenSql.Viewer(viewerId),
                new NpgsqlParameter("take", NpgsqlDbType.Integer) { Value = limit + 1 },
                .. HandWrittenSql.After(cursor),
            ],
            r => r.IsDBNull(0) ? null : CommentRowReader.ToComment(r),
            cancellationToken);
        // No row: the post is not visible. A row without a comment: the lateral join found none.
        return new CommentPageRows(rows.Count > 0, rows.OfType<CommentDto>().ToList());
    }
}
