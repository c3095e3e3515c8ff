using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace PageShare.Infrastructure.Monitoring;

/// <summary>
/// <c>METRICS_WINDOW_MINUTES</c> (default 15, 1-60): the sliding window of the request figures.
/// <c>SLOW_QUERY_THRESHOLD_MS</c> (default 200; 0 logs every command) and <c>SLOW_QUERY_LOG_SIZE</c> (default 50):
/// the app's own slow-query log.
/// </summary>
internal sealed record MonitoringOptions(int WindowMinutes, TimeSpan SlowQueryThreshold, int SlowQueryLogSize)
{
    public static MonitoringOptions Default { get; } = new(15, TimeSpan.FromMilliseconds(200), 50);

    public static MonitoringOptions FromConfiguration(IConfiguration configuration) => new(
        Math.Clamp(Number(configuration, "METRICS_WINDOW_MINUTES") is { } minutes ? (int)minutes : Default.WindowMinutes, 1, 60),
        Number(configuration, "SLOW_QUERY_THRESHOLD_MS") is { } ms and >= 0 ? TimeSpan.FromMilliseconds(ms) : Default.SlowQueryThreshold,
        Math.Clamp(Number(configuration, "SLOW_QUERY_LOG_SIZE") is { } size ? (int)size : Default.SlowQueryLogSize, 1, 1000));

    private static double? Number(IConfiguration configuration, string key) =>
        double.TryParse(configuration[key], NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;
}
