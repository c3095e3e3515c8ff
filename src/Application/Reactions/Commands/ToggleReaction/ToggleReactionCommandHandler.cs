using Microsoft.EntityFrameworkCore;
using PageShare.Application.Common.Exceptions;
using PageShare.Application.Common.Interfaces;
using PageShare.Application.Common.Messaging;
using PageShare.Application.Common.Persistence;
using PageShare.Domain.Engagement;

namespace PageShare.Application.Reactions.Commands.ToggleReaction;

internal sealed class ToggleReactionCommandHandler(IReadDbContext db, IReactionToggler toggler, ICurrentUser currentUser)
    : IRequestHandler<ToggleReactionCommand, ReactionDto>
{
    public async Task<ReactionDto> Handle(ToggleReactionCommand command, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequireId();
        var live = command.Target == ReactionTarget.Post
            ? await db.Posts.AnyAsync(p => p.Id == command.TargetId && p.DeletedAt == null, cancellationToken)
            : await db.Comments.AnyAsync(c => c.Id == command.TargetId && c.DeletedAt == null
                && db.Posts.Any(p => p.Id == c.PostId && p.DeletedAt == null), cancellationToken);
        if (!live)
        {
            throw NotFoundException.For(command.Target == ReactionTarget.Post ? "Post" : "Comment", command.TargetId);
        }

        return await toggler.ToggleAsync(userId, command.Target, command.TargetId, cancellationToken);
    }
}
