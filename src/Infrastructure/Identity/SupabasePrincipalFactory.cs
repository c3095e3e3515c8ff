using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace PageShare.Infrastructure.Identity;

/// <summary>Turns a token whose signature, lifetime, audience and issuer passed into PageShare's principal.</summary>
internal static class SupabasePrincipalFactory
{
    public static (ClaimsPrincipal? Principal, TokenFailureReason Failure) Create(JsonWebToken jwt)
    {
        using var payload = JsonDocument.Parse(Base64UrlEncoder.DecodeBytes(jwt.EncodedPayload));
        var root = payload.RootElement;

        // role and sub are what separate a user's token from the anon/service_role keys signed with the same secret.
        if (ReadString(root, "role") != SupabaseTokenValidator.UserRole)
        {
            return (null, TokenFailureReason.NotAUserToken);
        }

        var sub = ReadString(root, "sub");
        if (sub is null || !Guid.TryParseExact(sub, "D", out var userId) || userId == Guid.Empty)
        {
            return (null, TokenFailureReason.InvalidSubject);
        }

        var claims = new List<Claim>
        {
            new(SupabaseClaimTypes.Subject, userId.ToString("D")),
            new(SupabaseClaimTypes.IsAnonymous, IsAnonymous(root) ? "true" : "false"),
        };
        AddIfPresent(claims, SupabaseClaimTypes.Email, ReadString(root, "email"));
        AddIfPresent(claims, SupabaseClaimTypes.SessionId, ReadString(root, "session_id"));
        AddIfPresent(claims, SupabaseClaimTypes.AuthenticatorAssuranceLevel, ReadString(root, "aal"));
        AddIfPresent(claims, SupabaseClaimTypes.AppRole, ReadAppRole(root));
        if (root.TryGetProperty("exp", out var exp) && exp.ValueKind == JsonValueKind.Number && exp.TryGetInt64(out var expSeconds))
        {
            claims.Add(new Claim(SupabaseClaimTypes.Expires, expSeconds.ToString(CultureInfo.InvariantCulture), ClaimValueTypes.Integer64));
        }

        var identity = new ClaimsIdentity(
            claims, SupabaseAuthenticationDefaults.Scheme, SupabaseClaimTypes.Subject, SupabaseClaimTypes.AppRole);
        return (new ClaimsPrincipal(identity), TokenFailureReason.None);
    }

    private static bool IsAnonymous(JsonElement root) =>
        root.TryGetProperty("is_anonymous", out var value) && value.ValueKind == JsonValueKind.True;

    // app_metadata is server-controlled; user_metadata is user-editable and never trusted for roles.
    private static string? ReadAppRole(JsonElement root) =>
        root.TryGetProperty("app_metadata", out var metadata) && metadata.ValueKind == JsonValueKind.Object
            ? ReadString(metadata, "role")
            : null;

    private static string? ReadString(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static void AddIfPresent(List<Claim> claims, string type, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            claims.Add(new Claim(type, value));
        }
    }
}
