using Microsoft.EntityFrameworkCore;
using PageShare.Application.Common.Exceptions;
using PageShare.Application.Common.Interfaces;
using PageShare.Application.Common.Messaging;
using PageShare.Application.Common.Persistence;
using PageShare.Application.Common.Visibility;
using PageShare.Domain.Engagement;

namespace PageShare.Application.Reactions.Commands.ToggleReaction;

internal sealed class ToggleReactionCommandHandler(IReadDbContext db, IReactionToggler toggler, ICurrentUser currentUser)
    : IRequestHandler<ToggleReactionCommand, ReactionDto>
{
    public async Task<ReactionDto> Handle(ToggleReactionCommand command, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequireId();
        var ownerId = command.Target == ReactionTarget.Post
            ? await db.Posts.Where(p => p.Id == command.TargetId && p.DeletedAt == null)
                .Select(p => (Guid?)p.AuthorId).SingleOrDefaultAsync(cancellationToken)
            : await db.Comments.Where(c => c.Id == command.TargetId && c.DeletedAt == null
                && db.Posts.Any(p => p.Id == c.PostId && p.DeletedAt == null))
                .Select(c => (Guid?)c.AuthorId).SingleOrDefaultAsync(cancellationToken);
        if (ownerId is null)
        {
            throw NotFoundException.For(command.Target == ReactionTarget.Post ? "Post" : "Comment", command.TargetId);
        }

        await db.EnsureNotBlockedAsync(userId, ownerId.Value, cancellationToken);

        return await toggler.ToggleAsync(userId, command.Target, command.TargetId, cancellationToken);
    }
}
