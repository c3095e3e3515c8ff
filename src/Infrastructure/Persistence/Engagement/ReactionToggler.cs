using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using PageShare.Application.Reactions;
using PageShare.Domain.Engagement;
using PageShare.Infrastructure.Persistence.Queries;

namespace PageShare.Infrastructure.Persistence.Engagement;

/// <summary>
/// <see cref="IReactionToggler"/> as <see cref="ReactionSql"/>, hand-written (<see cref="HandWrittenSql"/>). The toggle is
/// autocommitted statements, so each sees the rows others committed before it: an insert that meets an existing like
/// (or waits for a concurrent one to commit) inserts nothing and the delete then removes it. One CTE would not do:
/// all its parts share one snapshot and would miss a like committed meanwhile.
/// </summary>
internal sealed class ReactionToggler(PageShareDbContext db) : IReactionToggler
{
    public async Task<ReactionTargetState> CheckTargetAsync(Guid userId, ReactionTarget target, Guid targetId,
        CancellationToken cancellationToken)
    {
        var rows = await db.ReadAsync(
            target == ReactionTarget.Post ? ReactionSql.PostTarget : ReactionSql.CommentTarget,
            Parameters(userId, target, targetId),
            r => (Deleted: r.GetBoolean(0), Blocked: r.GetBoolean(1)),
            cancellationToken);
        return rows switch
        {
            [] => ReactionTargetState.Missing,
            [{ Deleted: true }] => ReactionTargetState.Deleted,
            [{ Blocked: true }] => ReactionTargetState.Blocked,
            _ => ReactionTargetState.Open,
        };
    }

    public async Task<ReactionDto> ToggleAsync(Guid userId, ReactionTarget target, Guid targetId, CancellationToken cancellationToken)
    {
        // Its two or three statements on one connection: one pool rent instead of one each.
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var liked = (await db.ReadAsync(ReactionSql.Like, Parameters(userId, target, targetId), _ => true, cancellationToken)).Count > 0;
            if (!liked)
            {
                await db.ExecuteAsync(ReactionSql.Unlike, Parameters(userId, target, targetId), cancellationToken);
            }

            // Read after our own commit: the counter includes this toggle and every one committed before it.
            var likes = await db.ReadAsync(
                target == ReactionTarget.Post ? ReactionSql.PostLikes : ReactionSql.CommentLikes,
                Parameters(userId, target, targetId),
                r => r.GetInt32(0),
                cancellationToken);
            return new ReactionDto(liked, likes.Single());
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    // New parameters for every statement: a parameter belongs to one command.
    private static NpgsqlParameter[] Parameters(Guid userId, ReactionTarget target, Guid targetId) =>
    [
        HandWrittenSql.Viewer(userId),
        new("type", NpgsqlDbType.Text) { Value = target == ReactionTarget.Post ? "post" : "comment" },
        new("target", NpgsqlDbType.Uuid) { Value = targetId },
    ];
}
