namespace PageShare.Infrastructure.Identity;

/// <summary>Claim types on the principal built from a verified Supabase token.</summary>
public static class SupabaseClaimTypes
{
    /// <summary>The user id (a UUID).</summary>
    public const string Subject = "sub";

    public const string Email = "email";

    /// <summary><c>"true"</c> or <c>"false"</c>.</summary>
    public const string IsAnonymous = "is_anonymous";

    /// <summary>From <c>app_metadata.role</c> (server-controlled), e.g. <c>admin</c>; absent when not set.</summary>
    public const string AppRole = "app_role";

    /// <summary>Expiry as Unix seconds.</summary>
    public const string Expires = "exp";

    public const string SessionId = "session_id";

    /// <summary>Authenticator assurance level, <c>aal1</c> or <c>aal2</c>.</summary>
    public const string AuthenticatorAssuranceLevel = "aal";

    public const string AdminRole = "admin";
}
