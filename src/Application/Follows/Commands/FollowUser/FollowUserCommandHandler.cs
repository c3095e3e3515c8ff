using Microsoft.EntityFrameworkCore;
using PageShare.Application.Common.Exceptions;
using PageShare.Application.Common.Interfaces;
using PageShare.Application.Common.Messaging;
using PageShare.Application.Common.Persistence;
using PageShare.Application.Common.Visibility;
using PageShare.Domain.Follows;

namespace PageShare.Application.Follows.Commands.FollowUser;

internal sealed class FollowUserCommandHandler(IReadDbContext db, IFollowWriter follows, ICurrentUser currentUser, TimeProvider clock)
    : IRequestHandler<FollowUserCommand, FollowDto>
{
    public async Task<FollowDto> Handle(FollowUserCommand command, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequireId();
        var follow = Follow.Of(userId, command.UserId, clock.GetUtcNow());
        if (!await db.Users.AnyAsync(u => u.Id == command.UserId, cancellationToken))
        {
            throw NotFoundException.For("User", command.UserId);
        }

        if (await db.EitherBlockedAsync(userId, command.UserId, cancellationToken))
        {
            throw new ForbiddenException("You cannot follow this user.");
        }

        var followers = await follows.FollowAsync(follow, cancellationToken);
        return new FollowDto(true, followers);
    }
}
