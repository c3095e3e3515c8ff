using System.Net;

namespace PageShare.Application.Common.Interfaces;

/// <summary>Keyed one-way hash of an IP (HMAC-SHA256 with <c>IP_HASH_SALT</c>), the only form an IP is stored in.</summary>
public interface IIpHasher
{
    string Hash(IPAddress address);
}
