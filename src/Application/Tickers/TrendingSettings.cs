namespace PageShare.Application.Tickers;

/// <summary>
/// How long a computed trending list is served before it is computed again (<c>TRENDING_CACHE_SECONDS</c>);
/// zero computes it on every request.
/// </summary>
public sealed record TrendingSettings(TimeSpan CacheLifetime)
{
    public static TrendingSettings Default { get; } = new(TimeSpan.FromSeconds(30));
}
