using System.Net;
using Microsoft.AspNetCore.Http;
using PageShare.Application.Common.Interfaces;

namespace PageShare.Infrastructure.Network;

/// <summary>
/// The client IP: the connection's address, or, when that is a trusted proxy, the right-most address in
/// X-Forwarded-For that is not itself a trusted proxy (then X-Real-IP). Left-most entries are client-supplied
/// and could be anything, so they are never taken blindly.
/// </summary>
internal sealed class HttpClientContext(IHttpContextAccessor accessor, TrustedProxies proxies) : IClientContext
{
    public IPAddress? ClientIp => accessor.HttpContext is { } context ? Resolve(context) : null;

    internal IPAddress? Resolve(HttpContext context)
    {
        var remote = Normalise(context.Connection.RemoteIpAddress);
        if (remote is null || !proxies.Contains(remote))
        {
            return remote;
        }

        var forwarded = context.Request.Headers["X-Forwarded-For"].ToString()
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        for (var i = forwarded.Length - 1; i >= 0; i--)
        {
            if (!IPAddress.TryParse(forwarded[i], out var hop))
            {
                return remote; // a malformed chain proves nothing
            }

            hop = Normalise(hop)!;
            if (!proxies.Contains(hop))
            {
                return hop;
            }
        }

        return IPAddress.TryParse(context.Request.Headers["X-Real-IP"].ToString().Trim(), out var real) ? Normalise(real) : remote;
    }

    private static IPAddress? Normalise(IPAddress? address) =>
        address is { IsIPv4MappedToIPv6: true } ? address.MapToIPv4() : address;
}
