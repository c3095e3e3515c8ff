using System.Net;
using Microsoft.Extensions.Configuration;

namespace PageShare.Infrastructure.Network;

/// <summary>
/// <c>TRUSTED_PROXIES</c>: comma-separated addresses or CIDR ranges whose X-Forwarded-For / X-Real-IP
/// headers are believed. Anyone else could forge them, so by default nobody is trusted.
/// </summary>
public sealed class TrustedProxies
{
    private readonly IReadOnlyList<IPNetwork> _networks;

    public TrustedProxies(IReadOnlyList<IPNetwork> networks) => _networks = networks;

    public static TrustedProxies FromConfiguration(IConfiguration configuration) => Parse(configuration["TRUSTED_PROXIES"]);

    public static TrustedProxies Parse(string? value)
    {
        var networks = new List<IPNetwork>();
        foreach (var entry in (value ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (IPNetwork.TryParse(entry, out var network))
            {
                networks.Add(network);
            }
            else if (IPAddress.TryParse(entry, out var address))
            {
                networks.Add(new IPNetwork(address, address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork ? 32 : 128));
            }
            else
            {
                throw new FormatException($"TRUSTED_PROXIES entry '{entry}' is neither an IP address nor a CIDR range.");
            }
        }

        return new TrustedProxies(networks);
    }

    public bool Contains(IPAddress address)
    {
        var normalised = address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
        return _networks.Any(n => n.Contains(normalised));
    }
}
