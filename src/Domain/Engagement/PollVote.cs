using PageShare.Domain.Common;

namespace PageShare.Domain.Engagement;

/// <summary>A final vote: the (poll, user) key allows one per user, whoever races.</summary>
public sealed class PollVote : IAggregateRoot
{
    private PollVote()
    {
    }

    public Guid PollId { get; private set; }

    public Guid OptionId { get; private set; }

    public Guid UserId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public static PollVote Cast(Guid pollId, Guid optionId, Guid userId, DateTimeOffset now) =>
        new() { PollId = pollId, OptionId = optionId, UserId = userId, CreatedAt = now };
}
