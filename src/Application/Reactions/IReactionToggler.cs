using PageShare.Domain.Engagement;

namespace PageShare.Application.Reactions;

/// <summary>
/// Flips a like in the database, which decides concurrent toggles: an insert that finds the like already
/// present becomes a delete, so double clicks and many likers at once leave exact counts.
/// </summary>
public interface IReactionToggler
{
    /// <summary>Likes when not liked, unlikes when liked; returns the new state and the counter after it.</summary>
    Task<ReactionDto> ToggleAsync(Guid userId, ReactionTarget target, Guid targetId, CancellationToken cancellationToken);
}
