using Microsoft.EntityFrameworkCore;
using PageShare.Application.Common.Exceptions;
using PageShare.Application.Common.Interfaces;
using PageShare.Application.Common.Messaging;
using PageShare.Application.Common.Persistence;
using PageShare.Domain.Common;

namespace PageShare.Application.Follows.Commands.UnfollowUser;

internal sealed class UnfollowUserCommandHandler(IReadDbContext db, IFollowWriter follows, ICurrentUser currentUser)
    : IRequestHandler<UnfollowUserCommand, Unit>
{
    public async Task<Unit> Handle(UnfollowUserCommand command, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequireId();
        if (userId == command.UserId)
        {
            throw new DomainException("cannot_follow_self", "You cannot follow yourself.", "user_id");
        }

        if (!await db.Users.AnyAsync(u => u.Id == command.UserId, cancellationToken))
        {
            throw NotFoundException.For("User", command.UserId);
        }

        // Unfollowing stays possible across a block: it only ever removes an edge.
        await follows.UnfollowAsync(userId, command.UserId, cancellationToken);
        return Unit.Value;
    }
}
