namespace PageShare.Application.Feed;

/// <summary>A post entering the following feed at <see cref="At"/>: its own creation or a followed user's repost.</summary>
public sealed class FeedActivity
{
    public Guid PostId { get; init; }

    public DateTimeOffset At { get; init; }
}
