using PageShare.Domain.Follows;

namespace PageShare.Application.Follows;

/// <summary>Follows, idempotent by the (follower, followee) key whoever races: the database ignores a second one.</summary>
public interface IFollowWriter
{
    /// <summary>Records the follow unless present or a block stands between the two; returns the followee's followers count after it.</summary>
    Task<int> FollowAsync(Follow follow, CancellationToken cancellationToken);

    /// <summary>Removes the follow if present.</summary>
    Task UnfollowAsync(Guid followerId, Guid followeeId, CancellationToken cancellationToken);
}
