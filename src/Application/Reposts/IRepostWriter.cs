namespace PageShare.Application.Reposts;

/// <summary>Plain reposts, idempotent by the (user, post) key whoever races: the database ignores a second one.</summary>
public interface IRepostWriter
{
    /// <summary>Records the repost unless present; returns the post's repost count after it.</summary>
    Task<int> RepostAsync(Guid userId, Guid postId, CancellationToken cancellationToken);

    /// <summary>Removes the repost if present.</summary>
    Task UndoAsync(Guid userId, Guid postId, CancellationToken cancellationToken);
}
