using Microsoft.EntityFrameworkCore;
using PageShare.Application.Reactions;
using PageShare.Domain.Engagement;

namespace PageShare.Infrastructure.Persistence.Engagement;

/// <summary>
/// Two autocommitted statements, so each sees the rows others committed before it: an insert that meets an
/// existing like (or waits for a concurrent one to commit) inserts nothing and the delete then removes it.
/// One CTE would not do: all its parts share one snapshot and would miss a like committed meanwhile.
/// </summary>
internal sealed class ReactionToggler(PageShareDbContext db) : IReactionToggler
{
    public async Task<ReactionDto> ToggleAsync(Guid userId, ReactionTarget target, Guid targetId, CancellationToken cancellationToken)
    {
        var type = target == ReactionTarget.Post ? "post" : "comment";
        var inserted = await db.Database.SqlQuery<int>($"""
            insert into reactions (user_id, target_type, target_id) values ({userId}, {type}, {targetId})
            on conflict (user_id, target_type, target_id) do nothing
            returning 1 as "Value"
            """).ToListAsync(cancellationToken);
        if (inserted.Count == 0)
        {
            await db.Database.ExecuteSqlAsync(
                $"delete from reactions where user_id = {userId} and target_type = {type} and target_id = {targetId}",
                cancellationToken);
        }

        // Read after our own commit: the counter includes this toggle and every one committed before it.
        var likes = target == ReactionTarget.Post
            ? await db.Posts.AsNoTracking().Where(p => p.Id == targetId).Select(p => p.LikesCount).SingleAsync(cancellationToken)
            : await db.Comments.AsNoTracking().Where(c => c.Id == targetId).Select(c => c.LikesCount).SingleAsync(cancellationToken);
        return new ReactionDto(inserted.Count > 0, likes);
    }
}
