using PageShare.Application.Common.Exceptions;
using PageShare.Application.Common.Interfaces;
using PageShare.Application.Common.Messaging;
using PageShare.Application.Common.Visibility;
using PageShare.Domain.Engagement;

namespace PageShare.Application.Reactions.Commands.ToggleReaction;

internal sealed class ToggleReactionCommandHandler(IReactionToggler toggler, ICurrentUser currentUser)
    : IRequestHandler<ToggleReactionCommand, ReactionDto>
{
    public async Task<ReactionDto> Handle(ToggleReactionCommand command, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequireId();
        switch (await toggler.CheckTargetAsync(userId, command.Target, command.TargetId, cancellationToken))
        {
            case ReactionTargetState.Missing or ReactionTargetState.Deleted:
                throw NotFoundException.For(command.Target == ReactionTarget.Post ? "Post" : "Comment", command.TargetId);
            case ReactionTargetState.Blocked:
                throw ContentVisibility.InteractionRefused();
        }

        return await toggler.ToggleAsync(userId, command.Target, command.TargetId, cancellationToken);
    }
}
