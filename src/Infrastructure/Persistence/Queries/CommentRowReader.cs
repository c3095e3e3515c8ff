using System.Data.Common;
using PageShare.Application.Comments;

namespace PageShare.Infrastructure.Persistence.Queries;

/// <summary><see cref="ICommentRowReader"/> as <see cref="CommentRowsSql"/>, read by ordinal (<see cref="HandWrittenSql"/>).</summary>
internal sealed class CommentRowReader(PageShareDbContext db) : ICommentRowReader
{
    public async Task<IReadOnlyList<CommentDto>> ReadAsync(IReadOnlyList<Guid> commentIds, Guid? viewerId, CancellationToken cancellationToken) =>
        await db.ReadByIdsAsync(CommentRowsSql.Text, commentIds, viewerId, ToComment, cancellationToken);

    /// <summary>A row of <see cref="CommentRowsSql.Columns"/>: 0-4 comment, 5-9 author, 10-11 stats, 12 the viewer's like.</summary>
    internal static CommentDto ToComment(DbDataReader r) => new(
        r.GetGuid(0),
        r.GetGuid(1),
        r.IsDBNull(2) ? null : r.GetGuid(2),
        HandWrittenSql.UserSummary(r, 5),
        r.GetString(3),
        new DateTimeOffset(r.GetDateTime(4), TimeSpan.Zero),
        new CommentStatsDto(r.GetInt32(10), r.GetInt32(11)),
        new CommentViewerDto(r.GetBoolean(12)));
}
