namespace PageShare.Application.Tickers;

/// <summary>The windows of <c>GET /tickers/trending?window=</c>.</summary>
public static class TrendingWindow
{
    public const string Default = "24h";

    private static readonly Dictionary<string, TimeSpan> Windows = new(StringComparer.Ordinal)
    {
        ["1h"] = TimeSpan.FromHours(1),
        ["24h"] = TimeSpan.FromHours(24),
        ["7d"] = TimeSpan.FromDays(7),
    };

    public static IReadOnlyCollection<string> Names => Windows.Keys;

    public static bool TryGetLength(string? name, out TimeSpan length) => Windows.TryGetValue(name ?? Default, out length);
}
