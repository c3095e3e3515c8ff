namespace PageShare.Application.Reactions;

/// <summary>What a like would land on, as <see cref="IReactionToggler.CheckTargetAsync"/> finds it.</summary>
public enum ReactionTargetState
{
    /// <summary>No such post or comment: 404.</summary>
    Missing,

    /// <summary>Soft-deleted, or a comment of a deleted post: 404.</summary>
    Deleted,

    /// <summary>Its author and the liker are on either side of a block: 403.</summary>
    Blocked,

    /// <summary>Live, and the liker may interact with it.</summary>
    Open,
}
