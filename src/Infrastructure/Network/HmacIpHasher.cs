using System.Net;
using System.Security.Cryptography;
using System.Text;
using PageShare.Application.Common.Interfaces;

namespace PageShare.Infrastructure.Network;

/// <summary>HMAC-SHA256 keyed with <c>IP_HASH_SALT</c>: without the salt a stored hash cannot be reversed by trying all IPv4 addresses.</summary>
internal sealed class HmacIpHasher(IpHashSalt salt) : IIpHasher
{
    public string Hash(IPAddress address)
    {
        var normalised = address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
        var mac = HMACSHA256.HashData(salt.Key, Encoding.ASCII.GetBytes(normalised.ToString()));
        return Convert.ToHexStringLower(mac);
    }
}
