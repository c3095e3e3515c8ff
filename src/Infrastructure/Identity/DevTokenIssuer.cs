using System.Text;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace PageShare.Infrastructure.Identity;

/// <summary>
/// Mints HS256 tokens shaped like Supabase's, signed with the configured secret: for the
/// <c>dev-token</c> verb and for tests. Never exposed over HTTP.
/// </summary>
public static class DevTokenIssuer
{
    public static string Create(
        SupabaseAuthOptions options,
        Guid userId,
        string email,
        TimeSpan lifetime,
        TimeProvider clock,
        bool isAnonymous = false,
        string? appRole = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(clock);
        if (!options.AllowsHs256)
        {
            throw new InvalidOperationException($"{SupabaseAuthOptions.JwtSecretKey} is not set, so no token can be signed.");
        }

        var issuedAt = clock.GetUtcNow().ToUnixTimeSeconds();
        var provider = isAnonymous ? "anonymous" : "email";
        var appMetadata = new Dictionary<string, object> { ["provider"] = provider, ["providers"] = new[] { provider } };
        if (appRole is not null)
        {
            appMetadata["role"] = appRole;
        }

        var claims = new Dictionary<string, object>
        {
            ["iss"] = options.Issuer ?? SupabaseAuthOptions.DevelopmentIssuer,
            ["aud"] = SupabaseTokenValidator.Audience,
            ["exp"] = issuedAt + (long)lifetime.TotalSeconds,
            ["iat"] = issuedAt,
            ["sub"] = userId.ToString("D"),
            ["email"] = email ?? string.Empty,
            ["phone"] = string.Empty,
            ["role"] = SupabaseTokenValidator.UserRole,
            ["aal"] = "aal1",
            ["session_id"] = Guid.NewGuid().ToString("D"),
            ["is_anonymous"] = isAnonymous,
            ["app_metadata"] = appMetadata,
            ["user_metadata"] = new Dictionary<string, object>(),
            ["amr"] = new[] { new Dictionary<string, object> { ["method"] = isAnonymous ? "anonymous" : "password", ["timestamp"] = issuedAt } },
        };

        var key = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(options.JwtSecret!));
        var credentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256);
        return new JsonWebTokenHandler().CreateToken(JsonSerializer.Serialize(claims), credentials);
    }
}
