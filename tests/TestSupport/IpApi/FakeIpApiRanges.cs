using System.Net;

namespace PageShare.TestSupport.IpApi;

/// <summary>
/// ip-api's own refusals: <c>private range</c> (RFC 1918, fc00::/7), <c>reserved range</c> (loopback and other
/// special blocks), <c>invalid query</c>. Written independently of the adapter's filter so each checks the other.
/// </summary>
internal static class FakeIpApiRanges
{
    private static readonly IPNetwork[] Private =
        [IPNetwork.Parse("10.0.0.0/8"), IPNetwork.Parse("172.16.0.0/12"), IPNetwork.Parse("192.168.0.0/16"), IPNetwork.Parse("fc00::/7")];

    private static readonly IPNetwork[] Reserved =
    [
        IPNetwork.Parse("0.0.0.0/8"), IPNetwork.Parse("100.64.0.0/10"), IPNetwork.Parse("127.0.0.0/8"),
        IPNetwork.Parse("169.254.0.0/16"), IPNetwork.Parse("192.0.2.0/24"), IPNetwork.Parse("198.51.100.0/24"),
        IPNetwork.Parse("203.0.113.0/24"), IPNetwork.Parse("224.0.0.0/3"), IPNetwork.Parse("::/128"),
        IPNetwork.Parse("::1/128"), IPNetwork.Parse("fe80::/10"), IPNetwork.Parse("ff00::/8"), IPNetwork.Parse("2001:db8::/32"),
    ];

    public static string? Classify(string query)
    {
        // IPAddress.TryParse reads "24" as 0.0.0.24; ip-api wants dotted quads or IPv6.
        var looksLikeAddress = query.Contains(':', StringComparison.Ordinal) || query.Count(c => c == '.') == 3;
        if (!looksLikeAddress || !IPAddress.TryParse(query, out var address))
        {
            return "invalid query";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (Private.Any(network => network.Contains(address)))
        {
            return "private range";
        }

        return Reserved.Any(network => network.Contains(address)) ? "reserved range" : null;
    }
}
