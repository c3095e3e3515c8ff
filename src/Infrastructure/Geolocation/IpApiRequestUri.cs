using System.Net;

namespace PageShare.Infrastructure.Geolocation;

/// <summary><c>{base}/json/{ip}?fields=...[&amp;key=...]</c>; the result holds the IP and the key, so it is never logged.</summary>
internal static class IpApiRequestUri
{
    public static Uri For(IpApiOptions options, IPAddress address)
    {
        var normalised = address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
        var ip = new IPAddress(normalised.GetAddressBytes()).ToString(); // drops any IPv6 scope id
        var baseUrl = options.BaseUrl.GetLeftPart(UriPartial.Path).TrimEnd('/');
        var uri = $"{baseUrl}/json/{ip}?fields={IpApiOptions.Fields}";
        if (options.HasApiKey)
        {
            uri += "&key=" + Uri.EscapeDataString(options.ApiKey!.Trim());
        }

        return new Uri(uri);
    }
}
