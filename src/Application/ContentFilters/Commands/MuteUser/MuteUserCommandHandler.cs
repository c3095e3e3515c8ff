using PageShare.Application.Common.Interfaces;
using PageShare.Application.Common.Messaging;
using PageShare.Application.Common.Persistence;
using PageShare.Domain.Users;

namespace PageShare.Application.ContentFilters.Commands.MuteUser;

internal sealed class MuteUserCommandHandler(IRepository<User> users, IReadDbContext db, ICurrentUser currentUser, TimeProvider clock)
    : IRequestHandler<MuteUserCommand, MuteStateDto>
{
    public async Task<MuteStateDto> Handle(MuteUserCommand command, CancellationToken cancellationToken)
    {
        await ContentFilterEdit.ApplyAsync(users, db, currentUser.RequireId(), command.UserId,
            u => u.Mute(command.UserId, clock.GetUtcNow()), cancellationToken);
        return new MuteStateDto(true);
    }
}
