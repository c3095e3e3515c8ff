using PageShare.Application.Common.Messaging;
using PageShare.Application.Common.Persistence;
using PageShare.Domain.Users;

namespace PageShare.Application.Admins.Commands.GrantAdminRole;

internal sealed class GrantAdminRoleCommandHandler(IReadDbContext db, IRepository<User> users)
    : IRequestHandler<GrantAdminRoleCommand, AdminDto>
{
    public Task<AdminDto> Handle(GrantAdminRoleCommand command, CancellationToken cancellationToken) =>
        AdminUsers.ChangeRoleAsync(db, users, command.Username, user => user.Promote(), cancellationToken);
}
