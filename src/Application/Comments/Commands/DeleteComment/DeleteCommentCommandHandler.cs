using Microsoft.EntityFrameworkCore;
using PageShare.Application.Common.Exceptions;
using PageShare.Application.Common.Interfaces;
using PageShare.Application.Common.Messaging;
using PageShare.Application.Common.Persistence;
using PageShare.Domain.Comments;

namespace PageShare.Application.Comments.Commands.DeleteComment;

internal sealed class DeleteCommentCommandHandler(
    IRepository<Comment> comments, IReadDbContext db, ICurrentUser currentUser, IUserRoles roles, TimeProvider clock)
    : IRequestHandler<DeleteCommentCommand, Unit>
{
    public async Task<Unit> Handle(DeleteCommentCommand command, CancellationToken cancellationToken)
    {
        var actorId = currentUser.RequireId();
        var comment = await comments.GetByIdAsync(command.CommentId, cancellationToken);
        // A comment of a deleted post is gone with it.
        var postAuthorId = comment is null || comment.IsDeleted
            ? null
            : await db.Posts.Where(p => p.Id == comment.PostId && p.DeletedAt == null).Select(p => (Guid?)p.AuthorId)
                .FirstOrDefaultAsync(cancellationToken);
        if (comment is null || postAuthorId is null)
        {
            throw NotFoundException.For("Comment", command.CommentId);
        }

        var isAdmin = currentUser.HasAdminClaim || await roles.IsAdminAsync(actorId, cancellationToken);
        comment.Delete(actorId, postAuthorId.Value, isAdmin, clock.GetUtcNow());
        await comments.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
