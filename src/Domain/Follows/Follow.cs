using PageShare.Domain.Common;

namespace PageShare.Domain.Follows;

/// <summary>One user following another; one per (follower, followee). The profile counters follow it by trigger.</summary>
public sealed class Follow : IAggregateRoot
{
    private Follow()
    {
    }

    public Guid FollowerId { get; private set; }

    public Guid FolloweeId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public static Follow Of(Guid followerId, Guid followeeId, DateTimeOffset now)
    {
        if (followerId == followeeId)
        {
            throw new DomainException("cannot_follow_self", "You cannot follow yourself.", "user_id");
        }

        return new Follow { FollowerId = followerId, FolloweeId = followeeId, CreatedAt = now };
    }
}
