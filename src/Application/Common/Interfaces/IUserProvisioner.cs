namespace PageShare.Application.Common.Interfaces;

/// <summary>Creates the profile row of a verified user seen for the first time; safe when first requests race.</summary>
public interface IUserProvisioner
{
    Task EnsureProvisionedAsync(Guid userId, string? email, bool isAnonymous, CancellationToken cancellationToken);
}
