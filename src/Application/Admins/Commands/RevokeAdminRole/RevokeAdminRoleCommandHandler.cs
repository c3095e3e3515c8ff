using PageShare.Application.Common.Messaging;
using PageShare.Application.Common.Persistence;
using PageShare.Domain.Users;

namespace PageShare.Application.Admins.Commands.RevokeAdminRole;

internal sealed class RevokeAdminRoleCommandHandler(IReadDbContext db, IRepository<User> users)
    : IRequestHandler<RevokeAdminRoleCommand, AdminDto>
{
    public Task<AdminDto> Handle(RevokeAdminRoleCommand command, CancellationToken cancellationToken) =>
        AdminUsers.ChangeRoleAsync(db, users, command.Username, user => user.Demote(), cancellationToken);
}
