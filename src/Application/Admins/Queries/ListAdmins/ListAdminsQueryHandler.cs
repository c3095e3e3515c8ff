using Microsoft.EntityFrameworkCore;
using PageShare.Application.Common.Messaging;
using PageShare.Application.Common.Persistence;
using PageShare.Domain.Users;

namespace PageShare.Application.Admins.Queries.ListAdmins;

internal sealed class ListAdminsQueryHandler(IReadDbContext db) : IRequestHandler<ListAdminsQuery, IReadOnlyList<AdminDto>>
{
    public async Task<IReadOnlyList<AdminDto>> Handle(ListAdminsQuery request, CancellationToken cancellationToken)
    {
        var admins = await db.Users.Where(u => u.Role == UserRole.Admin).ToListAsync(cancellationToken);
        return admins.Select(AdminUsers.ToDto).OrderBy(a => a.Username, StringComparer.Ordinal).ToList();
    }
}
