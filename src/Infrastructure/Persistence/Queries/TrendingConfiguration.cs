using System.Globalization;
using Microsoft.Extensions.Configuration;
using PageShare.Application.Tickers;

namespace PageShare.Infrastructure.Persistence.Queries;

/// <summary><c>TRENDING_CACHE_SECONDS</c> (default 30; 0 computes trending on every request).</summary>
internal static class TrendingConfiguration
{
    public static TrendingSettings FromConfiguration(IConfiguration configuration) =>
        double.TryParse(configuration["TRENDING_CACHE_SECONDS"], NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0
            ? new TrendingSettings(TimeSpan.FromSeconds(seconds))
            : TrendingSettings.Default;
}
