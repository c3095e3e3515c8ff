using PageShare.Application.Common.Interfaces;
using PageShare.Application.Common.Messaging;
using PageShare.Application.Common.Persistence;
using PageShare.Domain.Users;

namespace PageShare.Application.ContentFilters.Commands.UnmuteUser;

internal sealed class UnmuteUserCommandHandler(IRepository<User> users, IReadDbContext db, ICurrentUser currentUser)
    : IRequestHandler<UnmuteUserCommand, Unit>
{
    public async Task<Unit> Handle(UnmuteUserCommand command, CancellationToken cancellationToken)
    {
        await ContentFilterEdit.ApplyAsync(users, db, currentUser.RequireId(), command.UserId,
            u => u.Unmute(command.UserId), cancellationToken);
        return Unit.Value;
    }
}
