using System.Net;

namespace PageShare.Application.Common.Interfaces;

/// <summary>
/// The caller's network address as far as it can be trusted (forwarded headers only from trusted proxies).
/// Never stored or logged: only hashed or geolocated.
/// </summary>
public interface IClientContext
{
    IPAddress? ClientIp { get; }
}
