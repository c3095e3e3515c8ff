using Microsoft.EntityFrameworkCore;
using PageShare.Application.Common.Interfaces;
using PageShare.Domain.Users;

namespace PageShare.Infrastructure.Persistence;

internal sealed class UserRoles(PageShareDbContext db) : IUserRoles
{
    public Task<bool> IsAdminAsync(Guid userId, CancellationToken cancellationToken) =>
        db.Users.AsNoTracking().AnyAsync(u => u.Id == userId && u.Role == UserRole.Admin, cancellationToken);
}
