using Microsoft.EntityFrameworkCore;
using PageShare.Application.Common.Exceptions;
using PageShare.Application.Common.Interfaces;
using PageShare.Application.Common.Messaging;
using PageShare.Application.Common.Persistence;
using PageShare.Application.Common.Visibility;
using PageShare.Domain.Comments;

namespace PageShare.Application.Comments.Commands.CreateComment;

internal sealed class CreateCommentCommandHandler(
    IRepository<Comment> comments, IReadDbContext db, CommentReader reader, ICurrentUser currentUser, TimeProvider clock)
    : IRequestHandler<CreateCommentCommand, CommentDto>
{
    public async Task<CommentDto> Handle(CreateCommentCommand command, CancellationToken cancellationToken)
    {
        var authorId = currentUser.RequireId();
        var postAuthorId = await db.Posts.Where(p => p.Id == command.PostId && p.DeletedAt == null)
            .Select(p => (Guid?)p.AuthorId).SingleOrDefaultAsync(cancellationToken)
            ?? throw NotFoundException.For("Post", command.PostId);
        await db.EnsureNotBlockedAsync(authorId, postAuthorId, cancellationToken);

        // An unknown parent is bad input in the body, like a parent of another post: 422, not 404.
        var parent = command.ParentId is { } parentId
            ? await comments.GetByIdAsync(parentId, cancellationToken)
              ?? throw new ValidationException("parent_id", "is not a comment of this post.")
            : null;

        if (parent is not null)
        {
            await db.EnsureNotBlockedAsync(authorId, parent.AuthorId, cancellationToken);
        }

        var comment = Comment.Create(command.PostId, authorId, command.Content, parent, clock.GetUtcNow());
        await comments.AddAsync(comment, cancellationToken);
        return await reader.GetAsync(comment.Id, authorId, cancellationToken);
    }
}
