using PageShare.Domain.Comments;
using PageShare.Domain.Engagement;
using PageShare.Domain.Errors;
using PageShare.Domain.Follows;
using PageShare.Domain.Media;
using PageShare.Domain.Posts;
using PageShare.Domain.Reports;
using PageShare.Domain.Users;

namespace PageShare.Application.Common.Persistence;

/// <summary>No-tracking sets for query handlers: a query cannot write.</summary>
public interface IReadDbContext
{
    IQueryable<User> Users { get; }

    IQueryable<Post> Posts { get; }

    IQueryable<Poll> Polls { get; }

    IQueryable<MediaItem> Media { get; }

    IQueryable<Reaction> Reactions { get; }

    IQueryable<Repost> Reposts { get; }

    IQueryable<Bookmark> Bookmarks { get; }

    IQueryable<PollVote> PollVotes { get; }

    IQueryable<Comment> Comments { get; }

    IQueryable<Follow> Follows { get; }
    IQueryable<Report> Reports { get; }
    IQueryable<ErrorLog> ErrorLogs { get; }
}
