using Microsoft.Extensions.Logging;
using PageShare.Application.Common.Exceptions;
using PageShare.Application.Common.Interfaces;
using PageShare.Application.Common.Messaging;
using PageShare.Application.Common.Persistence;
using PageShare.Application.Storage;
using PageShare.Application.Users.Commands.ChangeProfilePicture;
using PageShare.Domain.Users;

namespace PageShare.Application.Users.Commands.RemoveProfilePicture;

internal sealed class RemoveProfilePictureCommandHandler(IRepository<User> users, ICurrentUser currentUser, IFileStorage storage,
    StorageBuckets buckets, ILogger<RemoveProfilePictureCommandHandler> logger)
    : IRequestHandler<RemoveProfilePictureCommand, Unit>
{
    public async Task<Unit> Handle(RemoveProfilePictureCommand command, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequireId();
        var user = await users.GetByIdAsync(userId, cancellationToken) ?? throw NotFoundException.For("User", userId);

        var previous = user.RemoveProfilePicture();
        if (previous is not null)
        {
            await users.SaveChangesAsync(cancellationToken);
            await ProfilePictureCleanup.DeleteQuietlyAsync(storage, buckets.ProfilePictures, previous, logger);
        }

        return Unit.Value;
    }
}
