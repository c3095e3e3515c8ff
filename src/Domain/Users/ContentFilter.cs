namespace PageShare.Domain.Users;

/// <summary>One mute or block of another user; part of the User aggregate (the customer's design).</summary>
public sealed class ContentFilter
{
    private ContentFilter()
    {
    }

    internal ContentFilter(Guid userId, Guid targetUserId, ContentFilterKind kind, DateTimeOffset now)
    {
        UserId = userId;
        TargetUserId = targetUserId;
        Kind = kind;
        CreatedAt = now;
    }

    public Guid UserId { get; private set; }

    public Guid TargetUserId { get; private set; }

    public ContentFilterKind Kind { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }
}
