using PageShare.Domain.Common;

namespace PageShare.Domain.Engagement;

/// <summary>A plain repost; one per (user, post), so reposting twice is idempotent.</summary>
public sealed class Repost : IAggregateRoot
{
    private Repost()
    {
    }

    public Guid UserId { get; private set; }

    public Guid PostId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public static Repost Of(Guid userId, Guid postId, DateTimeOffset now) => new() { UserId = userId, PostId = postId, CreatedAt = now };
}
