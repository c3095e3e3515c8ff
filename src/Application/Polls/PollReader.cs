using Microsoft.EntityFrameworkCore;
using PageShare.Application.Common.Exceptions;
using PageShare.Application.Common.Persistence;

namespace PageShare.Application.Polls;

/// <summary>One poll as <see cref="PollDto"/>, in two queries (the poll with its options, the viewer's vote), the same shape as a post's poll.</summary>
internal static class PollReader
{
    /// <summary>The poll of a live post; 404 when unknown or when its post is deleted.</summary>
    public static async Task<PollDto> GetPollAsync(this IReadDbContext db, Guid pollId, Guid? viewerId, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var poll = await (
            from p in db.Polls
            join post in db.Posts on p.PostId equals post.Id
            where p.Id == pollId && post.DeletedAt == null
            select new { p.Id, p.EndsAt, Options = p.Options.OrderBy(o => o.Position).Select(o => new PollOptionDto(o.Id, o.Text, o.VotesCount)).ToList() })
            .SingleOrDefaultAsync(cancellationToken) ?? throw NotFoundException.For("Poll", pollId);

        var vote = viewerId is { } viewer
            ? await db.PollVotes.Where(v => v.PollId == pollId && v.UserId == viewer).Select(v => (Guid?)v.OptionId).SingleOrDefaultAsync(cancellationToken)
            : null;
        return new PollDto(poll.Id, poll.Options, poll.Options.Sum(o => o.Votes), poll.EndsAt, now >= poll.EndsAt, vote);
    }
}
