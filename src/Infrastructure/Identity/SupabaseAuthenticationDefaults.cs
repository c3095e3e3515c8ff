namespace PageShare.Infrastructure.Identity;

public static class SupabaseAuthenticationDefaults
{
    /// <summary>The authentication scheme that verifies Supabase access tokens.</summary>
    public const string Scheme = "Supabase";

    /// <summary>The named <see cref="HttpClient"/> that fetches the JWKS.</summary>
    public const string JwksHttpClientName = "PageShare.SupabaseJwks";
}
