using PageShare.Domain.Common;

namespace PageShare.Domain.Posts;

/// <summary>One answer of a poll. Its vote count is kept by the database as votes arrive.</summary>
public sealed class PollOption : Entity
{
    public const int TextMaxLength = 25;

    private PollOption()
    {
        Text = null!;
    }

    internal PollOption(Guid pollId, int position, string text)
    {
        Id = Guid.NewGuid();
        PollId = pollId;
        Position = position;
        Text = text;
    }

    public Guid PollId { get; private set; }

    public int Position { get; private set; }

    public string Text { get; private set; }

    public int VotesCount { get; private set; }
}
