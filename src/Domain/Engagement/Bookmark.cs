using PageShare.Domain.Common;

namespace PageShare.Domain.Engagement;

/// <summary>A private bookmark; one per (user, post).</summary>
public sealed class Bookmark : IAggregateRoot
{
    private Bookmark()
    {
    }

    public Guid UserId { get; private set; }

    public Guid PostId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public static Bookmark Of(Guid userId, Guid postId, DateTimeOffset now) => new() { UserId = userId, PostId = postId, CreatedAt = now };
}
