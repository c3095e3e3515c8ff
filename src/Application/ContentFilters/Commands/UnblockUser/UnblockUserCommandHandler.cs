using PageShare.Application.Common.Interfaces;
using PageShare.Application.Common.Messaging;
using PageShare.Application.Common.Persistence;
using PageShare.Domain.Users;

namespace PageShare.Application.ContentFilters.Commands.UnblockUser;

internal sealed class UnblockUserCommandHandler(IRepository<User> users, IReadDbContext db, ICurrentUser currentUser)
    : IRequestHandler<UnblockUserCommand, Unit>
{
    public async Task<Unit> Handle(UnblockUserCommand command, CancellationToken cancellationToken)
    {
        await ContentFilterEdit.ApplyAsync(users, db, currentUser.RequireId(), command.UserId,
            u => u.Unblock(command.UserId), cancellationToken);
        return Unit.Value;
    }
}
