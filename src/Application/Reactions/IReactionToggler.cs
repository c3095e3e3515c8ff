using PageShare.Domain.Engagement;

namespace PageShare.Application.Reactions;

/// <summary>
/// Flips a like in the database, which decides concurrent toggles: an insert that finds the like already
/// present becomes a delete, so double clicks and many likers at once leave exact counts. Hand-written statements
/// (issue 7): the target check, the insert (then the delete when it inserted nothing), and the counter.
/// </summary>
public interface IReactionToggler
{
    /// <summary>Whether <paramref name="userId"/> may like the target: one statement, existence, deletion and blocks either way.</summary>
    Task<ReactionTargetState> CheckTargetAsync(Guid userId, ReactionTarget target, Guid targetId, CancellationToken cancellationToken);

    /// <summary>Likes when not liked, unlikes when liked; returns the new state and the counter after it.</summary>
    Task<ReactionDto> ToggleAsync(Guid userId, ReactionTarget target, Guid targetId, CancellationToken cancellationToken);
}
