using PageShare.Domain.Common;

namespace PageShare.Domain.Engagement;

/// <summary>A like. Its key (user, target) makes the toggle race-safe: the database refuses a second one.</summary>
public sealed class Reaction : IAggregateRoot
{
    private Reaction()
    {
    }

    public Guid UserId { get; private set; }

    public ReactionTarget TargetType { get; private set; }

    public Guid TargetId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public static Reaction Like(Guid userId, ReactionTarget target, Guid targetId, DateTimeOffset now) =>
        new() { UserId = userId, TargetType = target, TargetId = targetId, CreatedAt = now };
}
