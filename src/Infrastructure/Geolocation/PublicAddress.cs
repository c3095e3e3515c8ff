using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;

namespace PageShare.Infrastructure.Geolocation;

/// <summary>
/// Whether an address can have a location worth asking about: private, loopback, link-local, CGNAT,
/// multicast, documentation and other special-purpose ranges never leave the server.
/// </summary>
internal static class PublicAddress
{
    private static readonly (uint Network, int PrefixLength)[] NonPublicV4 =
    [
        (0x00000000, 8),   // 0.0.0.0/8 "this network", includes unspecified
        (0x0A000000, 8),   // 10.0.0.0/8 private
        (0x64400000, 10),  // 100.64.0.0/10 CGNAT
        (0x7F000000, 8),   // 127.0.0.0/8 loopback
        (0xA9FE0000, 16),  // 169.254.0.0/16 link-local
        (0xAC100000, 12),  // 172.16.0.0/12 private
        (0xC0000000, 24),  // 192.0.0.0/24 IETF protocol assignments
        (0xC0000200, 24),  // 192.0.2.0/24 TEST-NET-1
        (0xC0586300, 24),  // 192.88.99.0/24 6to4 relay anycast
        (0xC0A80000, 16),  // 192.168.0.0/16 private
        (0xC6120000, 15),  // 198.18.0.0/15 benchmarking
        (0xC6336400, 24),  // 198.51.100.0/24 TEST-NET-2
        (0xCB007100, 24),  // 203.0.113.0/24 TEST-NET-3
        (0xE0000000, 4),   // 224.0.0.0/4 multicast
        (0xF0000000, 4),   // 240.0.0.0/4 reserved, includes broadcast
    ];

    private static readonly IPNetwork GlobalUnicast = IPNetwork.Parse("2000::/3");

    // Inside 2000::/3 (the only global unicast block), the ranges kept for protocols and documentation.
    private static readonly IPNetwork[] NonPublicV6 =
    [
        IPNetwork.Parse("2001::/23"),    // IETF protocol assignments (benchmarking, ORCHID ...)
        IPNetwork.Parse("2001:db8::/32"), // documentation
        IPNetwork.Parse("3fff::/20"),    // documentation (RFC 9637)
    ];

    public static bool IsPublic(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        return address.AddressFamily switch
        {
            AddressFamily.InterNetwork => IsPublicV4(address),
            AddressFamily.InterNetworkV6 => IsPublicV6(address),
            _ => false,
        };
    }

    private static bool IsPublicV4(IPAddress address)
    {
        Span<byte> bytes = stackalloc byte[4];
        address.TryWriteBytes(bytes, out _);
        var value = BinaryPrimitives.ReadUInt32BigEndian(bytes);
        foreach (var (network, prefixLength) in NonPublicV4)
        {
            var mask = uint.MaxValue << (32 - prefixLength);
            if ((value & mask) == network)
            {
                return false;
            }
        }

        return true;
    }

    // Outside 2000::/3 lie unspecified, loopback, IPv4-compatible, NAT64, discard, fc00::/7, fe80::/10, ff00::/8 ...
    private static bool IsPublicV6(IPAddress address) =>
        GlobalUnicast.Contains(address) && !NonPublicV6.Any(range => range.Contains(address));
}
