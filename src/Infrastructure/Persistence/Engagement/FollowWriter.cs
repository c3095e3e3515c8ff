using Microsoft.EntityFrameworkCore;
using PageShare.Application.Follows;
using PageShare.Domain.Follows;

namespace PageShare.Infrastructure.Persistence.Engagement;

/// <summary>
/// Insert-if-absent and delete-if-present in SQL, so concurrent follows never surface a conflict. The insert also
/// re-checks blocks in the same statement, narrowing the window in which a block and a follow can cross.
/// </summary>
internal sealed class FollowWriter(PageShareDbContext db) : IFollowWriter
{
    public async Task<int> FollowAsync(Follow follow, CancellationToken cancellationToken)
    {
        var (follower, followee) = (follow.FollowerId, follow.FolloweeId);
        await db.Database.ExecuteSqlAsync($"""
            insert into follows (follower_id, followee_id, created_at)
            select {follower}, {followee}, {follow.CreatedAt}
            where not exists (
                select 1 from content_filters
                where kind = 'block'
                  and ((user_id = {follower} and target_user_id = {followee}) or (user_id = {followee} and target_user_id = {follower})))
            on conflict (follower_id, followee_id) do nothing
            """, cancellationToken);
        return await db.Users.AsNoTracking().Where(u => u.Id == followee).Select(u => u.FollowersCount).SingleAsync(cancellationToken);
    }

    public Task UnfollowAsync(Guid followerId, Guid followeeId, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"delete from follows where follower_id = {followerId} and followee_id = {followeeId}", cancellationToken);
}
