using Microsoft.EntityFrameworkCore;
using PageShare.Application.Common.Exceptions;
using PageShare.Application.Common.Persistence;
using PageShare.Application.Common.Visibility;
using PageShare.Application.Users;
using PageShare.Domain.Engagement;

namespace PageShare.Application.Comments;

/// <summary>
/// The one place that builds <see cref="CommentDto"/>s: a page of any size costs two queries (comments with
/// their authors, then the viewer's likes among them).
/// </summary>
public sealed class CommentReader(IReadDbContext db)
{
    /// <summary>A live comment by id; 404 when unknown or deleted.</summary>
    public async Task<CommentDto> GetAsync(Guid commentId, Guid? viewerId, CancellationToken cancellationToken)
    {
        var comments = await LoadAsync([commentId], viewerId, cancellationToken);
        return comments.Count == 1 ? comments[0] : throw NotFoundException.For("Comment", commentId);
    }

    /// <summary>
    /// Live comments for <paramref name="commentIds"/>, in that order; deleted or unknown ids are skipped, and so are
    /// comments of users on the other side of a block from the viewer.
    /// </summary>
    public async Task<IReadOnlyList<CommentDto>> LoadAsync(IReadOnlyList<Guid> commentIds, Guid? viewerId, CancellationToken cancellationToken)
    {
        if (commentIds.Count == 0)
        {
            return [];
        }

        var rows = await (
            from c in db.Comments.VisibleTo(db, viewerId)
            join u in db.Users on c.AuthorId equals u.Id
            where commentIds.Contains(c.Id) && c.DeletedAt == null
            select new
            {
                c.Id, c.PostId, c.ParentId, c.Content, c.CreatedAt,
                Author = new UserSummaryDto(u.Id, u.Username.Value, u.DisplayName, u.ProfilePictureUrl, u.IsVerified),
                Stats = new CommentStatsDto(c.LikesCount, c.RepliesCount),
            }).ToDictionaryAsync(r => r.Id, cancellationToken);

        HashSet<Guid> liked = [];
        if (viewerId is { } viewer)
        {
            liked = [.. await db.Reactions
                .Where(r => r.UserId == viewer && r.TargetType == ReactionTarget.Comment && commentIds.Contains(r.TargetId))
                .Select(r => r.TargetId).ToListAsync(cancellationToken)];
        }

        return commentIds.Where(rows.ContainsKey).Select(id => rows[id]).Select(r => new CommentDto(
            r.Id, r.PostId, r.ParentId, r.Author, r.Content, r.CreatedAt, r.Stats, new CommentViewerDto(liked.Contains(r.Id)))).ToList();
    }
}
