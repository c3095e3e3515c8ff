using Microsoft.EntityFrameworkCore;
using PageShare.Application.Common.Exceptions;
using PageShare.Application.Common.Persistence;
using PageShare.Domain.Users;

namespace PageShare.Application.Admins;

/// <summary>Loads a user by username for a role change, and saves it.</summary>
internal static class AdminUsers
{
    public static async Task<AdminDto> ChangeRoleAsync(IReadDbContext db, IRepository<User> users, string username,
        Action<User> change, CancellationToken cancellationToken)
    {
        var id = Username.TryCreate(username, out var name)
            ? await db.Users.Where(u => u.Username == name).Select(u => (Guid?)u.Id).SingleOrDefaultAsync(cancellationToken)
            : null;
        var user = (id is null ? null : await users.GetByIdAsync(id.Value, cancellationToken))
            ?? throw NotFoundException.For("User", username);

        change(user);
        await users.UpdateAsync(user, cancellationToken);
        return ToDto(user);
    }

    public static AdminDto ToDto(User user) => new(user.Id, user.Username.Value, user.Email, user.Role == UserRole.Admin);
}
