using System.Globalization;
using PageShare.Domain.Common;

namespace PageShare.Domain.Posts;

/// <summary>
/// 2-4 distinct options, open for 24-168 hours. Votes are rows of their own behind a unique
/// (poll, user) key, so one final vote per user is the database's guarantee; the poll decides only
/// whether an option belongs to it and whether it is still open.
/// </summary>
public sealed class Poll : Entity
{
    public const int MinOptions = 2;
    public const int MaxOptions = 4;
    public const int MinDurationHours = 24;
    public const int MaxDurationHours = 168;

    private readonly List<PollOption> _options = [];

    private Poll()
    {
    }

    public Guid PostId { get; private set; }

    public DateTimeOffset EndsAt { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public IReadOnlyCollection<PollOption> Options => _options;

    public bool IsExpired(DateTimeOffset now) => now >= EndsAt;

    internal static Poll Create(Guid postId, IReadOnlyList<string?> options, int durationHours, DateTimeOffset now)
    {
        if (durationHours is < MinDurationHours or > MaxDurationHours)
        {
            throw new DomainException("invalid_poll_duration",
                $"must be between {MinDurationHours} and {MaxDurationHours} hours.", "poll.duration_hours");
        }

        var texts = options.Select(o => o?.Trim() ?? string.Empty).ToList();
        if (texts.Count is < MinOptions or > MaxOptions)
        {
            throw new DomainException("invalid_poll_options", $"a poll has {MinOptions} to {MaxOptions} options.", "poll.options");
        }

        if (texts.Any(t => PostContent.Length(t) is 0 or > PollOption.TextMaxLength))
        {
            throw new DomainException("invalid_poll_option",
                $"each option must be 1-{PollOption.TextMaxLength} characters.", "poll.options");
        }

        if (texts.Distinct(StringComparer.Create(CultureInfo.InvariantCulture, ignoreCase: true)).Count() != texts.Count)
        {
            throw new DomainException("duplicate_poll_option", "options must be distinct.", "poll.options");
        }

        var poll = new Poll { Id = Guid.NewGuid(), PostId = postId, CreatedAt = now, EndsAt = now.AddHours(durationHours) };
        poll._options.AddRange(texts.Select((text, i) => new PollOption(poll.Id, i, text)));
        return poll;
    }

    /// <summary>Checks a vote may be cast now for <paramref name="optionId"/>; recording it is the vote row's job.</summary>
    public void EnsureCanVote(Guid optionId, DateTimeOffset now)
    {
        if (_options.All(o => o.Id != optionId))
        {
            throw new DomainException("unknown_poll_option", "is not an option of this poll.", "option_id");
        }

        if (IsExpired(now))
        {
            throw new BusinessRuleException("poll_closed", "This poll has closed.");
        }
    }
}
