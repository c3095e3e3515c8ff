using PageShare.Application.ContentFilters;
using PageShare.Infrastructure.Persistence.Events;

namespace PageShare.Infrastructure.Persistence.Engagement;

/// <summary>Follow rows in SQL; the follows trigger keeps both users' counters exact.</summary>
internal sealed class FollowGraph(PageShareDbContext db, SaveTransactionWork work) : IFollowGraph
{
    public Task RemoveBothWaysAsync(Guid userId, Guid otherUserId, CancellationToken cancellationToken) =>
        work.RunInSaveAsync(db, $"""
            delete from follows
            where (follower_id = {userId} and followee_id = {otherUserId})
               or (follower_id = {otherUserId} and followee_id = {userId})
            """, cancellationToken);
}
