using Microsoft.EntityFrameworkCore;
using PageShare.Application.Reposts;

namespace PageShare.Infrastructure.Persistence.Engagement;

/// <summary>Insert-if-absent and delete-if-present in SQL, so concurrent plain reposts never surface a conflict.</summary>
internal sealed class RepostWriter(PageShareDbContext db) : IRepostWriter
{
    public async Task<int> RepostAsync(Guid userId, Guid postId, CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlAsync(
            $"insert into reposts (user_id, post_id) values ({userId}, {postId}) on conflict (user_id, post_id) do nothing",
            cancellationToken);
        return await db.Posts.AsNoTracking().Where(p => p.Id == postId).Select(p => p.RepostsCount).SingleAsync(cancellationToken);
    }

    public Task UndoAsync(Guid userId, Guid postId, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"delete from reposts where user_id = {userId} and post_id = {postId}", cancellationToken);
}
