namespace PageShare.Application.Common.Interfaces;

/// <summary>The caller of the current request, as proven by a verified token.</summary>
public interface ICurrentUser
{
    /// <summary>The token's <c>sub</c>; null without a token.</summary>
    Guid? Id { get; }

    bool IsAuthenticated { get; }

    /// <summary>Supabase anonymous sign-in: may read, may not write.</summary>
    bool IsAnonymous { get; }

    /// <summary>Token e-mail (profile data only, never for authorization).</summary>
    string? Email { get; }

    /// <summary>True when the token's <c>app_metadata.role</c> is <c>admin</c>.</summary>
    bool HasAdminClaim { get; }

    /// <summary>Token expiry.</summary>
    DateTimeOffset? ExpiresAt { get; }

    /// <summary>The id, or an <see cref="Exceptions.UnauthorizedException"/> when absent.</summary>
    Guid RequireId();
}
