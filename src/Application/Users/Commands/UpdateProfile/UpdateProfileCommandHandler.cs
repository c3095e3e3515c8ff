using AutoMapper;
using PageShare.Application.Common.Exceptions;
using PageShare.Application.Common.Interfaces;
using PageShare.Application.Common.Messaging;
using PageShare.Application.Common.Persistence;
using PageShare.Domain.Users;

namespace PageShare.Application.Users.Commands.UpdateProfile;

internal sealed class UpdateProfileCommandHandler(IRepository<User> users, ICurrentUser currentUser, IMapper mapper)
    : IRequestHandler<UpdateProfileCommand, CurrentUserDto>
{
    public async Task<CurrentUserDto> Handle(UpdateProfileCommand command, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequireId();
        var user = await users.GetByIdAsync(userId, cancellationToken) ?? throw NotFoundException.For("User", userId);

        if (command.Username.HasValue)
        {
            user.Rename(Username.Create(command.Username.Value));
        }

        if (command.DisplayName.HasValue)
        {
            user.ChangeDisplayName(command.DisplayName.Value);
        }

        if (command.Bio.HasValue)
        {
            user.ChangeBio(command.Bio.Value);
        }

        if (command.Interests.HasValue)
        {
            user.ReplaceInterests(command.Interests.Value ?? []);
        }

        if (command.Timezone.HasValue)
        {
            user.ChangeTimezone(command.Timezone.Value);
        }

        // A username taken meanwhile fails here on the unique index: 409, decided by the database.
        await users.SaveChangesAsync(cancellationToken);
        return mapper.Map<CurrentUserDto>(user).WithTokenRole(currentUser);
    }
}
