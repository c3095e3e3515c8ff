namespace PageShare.Application.Common.Interfaces;

/// <summary>Reads a user's stored role; the database, not the token, is the source of truth for admins.</summary>
public interface IUserRoles
{
    Task<bool> IsAdminAsync(Guid userId, CancellationToken cancellationToken);
}
