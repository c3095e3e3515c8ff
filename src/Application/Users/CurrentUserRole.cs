using PageShare.Application.Common.Interfaces;
using PageShare.Domain.Users;

namespace PageShare.Application.Users;

internal static class CurrentUserRole
{
    /// <summary>The token's admin claim counts as much as the stored role (API.md, "Admins").</summary>
    public static CurrentUserDto WithTokenRole(this CurrentUserDto dto, ICurrentUser currentUser) =>
        currentUser.HasAdminClaim ? dto with { Role = UserRole.Admin } : dto;
}
