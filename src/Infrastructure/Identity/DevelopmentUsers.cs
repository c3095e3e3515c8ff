using System.Security.Cryptography;
using System.Text;

namespace PageShare.Infrastructure.Identity;

/// <summary>
/// Stable ids for local demo users, so the seed and <c>dev-token alice</c> agree without a database lookup.
/// Development only: production ids come from Supabase Auth.
/// </summary>
public static class DevelopmentUsers
{
    public const string DefaultUsername = "alice";

    public static Guid IdFor(string username)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes("pageshare-dev-user:" + username.ToLowerInvariant()));
        var bytes = hash.AsSpan(0, 16).ToArray();
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x80); // version 8 (custom), see RFC 9562
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // RFC variant
        return new Guid(bytes);
    }

    public static string EmailFor(string username) => $"{username.ToLowerInvariant()}@example.com";
}
