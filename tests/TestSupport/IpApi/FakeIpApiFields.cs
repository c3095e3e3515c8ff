using System.Globalization;

namespace PageShare.TestSupport.IpApi;

/// <summary>The <c>fields</c> parameter: names or a numeric mask (EXTERNAL_SERVICES.md 3.2).</summary>
public static class FakeIpApiFields
{
    public static readonly IReadOnlyDictionary<string, int> Bits = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["country"] = 1, ["countryCode"] = 2, ["region"] = 4, ["regionName"] = 8, ["city"] = 16, ["zip"] = 32,
        ["lat"] = 64, ["lon"] = 128, ["timezone"] = 256, ["isp"] = 512, ["org"] = 1024, ["as"] = 2048,
        ["reverse"] = 4096, ["query"] = 8192, ["status"] = 16384, ["message"] = 32768, ["mobile"] = 65536,
        ["proxy"] = 131072, ["district"] = 524288, ["continent"] = 1048576, ["continentCode"] = 2097152,
        ["asname"] = 4194304, ["currency"] = 8388608, ["hosting"] = 16777216, ["offset"] = 33554432,
    };

    public const int DefaultMask = 61439;

    public static ISet<string> Parse(string? fields)
    {
        if (string.IsNullOrWhiteSpace(fields))
        {
            return FromMask(DefaultMask);
        }

        if (int.TryParse(fields, NumberStyles.None, CultureInfo.InvariantCulture, out var mask))
        {
            return FromMask(mask);
        }

        return fields.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Where(Bits.ContainsKey)
            .ToHashSet(StringComparer.Ordinal);
    }

    private static HashSet<string> FromMask(int mask) =>
        Bits.Where(pair => (mask & pair.Value) != 0).Select(pair => pair.Key).ToHashSet(StringComparer.Ordinal);
}
