namespace PageShare.Application.ContentFilters;

/// <summary>Follow rows changed as a side effect of another change, committed with it (Infrastructure/Persistence).</summary>
public interface IFollowGraph
{
    /// <summary>
    /// Removes the follows between the two users in both directions as part of the save in progress: the rows go
    /// in the same transaction as the change that asked for it, or not at all.
    /// </summary>
    Task RemoveBothWaysAsync(Guid userId, Guid otherUserId, CancellationToken cancellationToken);
}
