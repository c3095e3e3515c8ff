using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Configuration;

namespace PageShare.Infrastructure.Network;

/// <summary>
/// The key of stored IP hashes. Production requires <c>IP_HASH_SALT</c> (checked at start-up). Elsewhere an unset
/// salt is derived from the database URL, so it is stable per development database without any setup.
/// </summary>
public sealed record IpHashSalt(byte[] Key)
{
    public static IpHashSalt FromConfiguration(IConfiguration configuration)
    {
        var configured = configuration["IP_HASH_SALT"];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return new IpHashSalt(Encoding.UTF8.GetBytes(configured));
        }

        var seed = "pageshare-dev-ip-salt:" + (configuration["DATABASE_URL"] ?? "local");
        return new IpHashSalt(SHA256.HashData(Encoding.UTF8.GetBytes(seed)));
    }
}
