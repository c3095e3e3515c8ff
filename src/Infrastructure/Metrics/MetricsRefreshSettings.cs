using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace PageShare.Infrastructure.Metrics;

/// <summary>
/// <c>METRICS_REFRESH_INTERVAL</c> (a TimeSpan such as <c>00:15:00</c>; <c>off</c> or <c>0</c> turns the job off): how often the
/// metrics views are refreshed. Unset means every 15 minutes, except in the Testing environment, where the job runs only
/// when the variable is set, so tests refresh when they choose.
/// </summary>
public sealed record MetricsRefreshSettings(TimeSpan? Interval)
{
    public const string VariableName = "METRICS_REFRESH_INTERVAL";
    public static readonly TimeSpan DefaultInterval = TimeSpan.FromMinutes(15);

    public bool Enabled => Interval is not null;

    public static MetricsRefreshSettings FromConfiguration(IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        var raw = configuration[VariableName]?.Trim();
        if (string.IsNullOrEmpty(raw))
        {
            return new(environment.IsEnvironment("Testing") ? null : DefaultInterval);
        }

        if (raw is "off" or "0")
        {
            return new((TimeSpan?)null);
        }

        if (!TimeSpan.TryParse(raw, CultureInfo.InvariantCulture, out var interval) || interval < TimeSpan.FromSeconds(1))
        {
            throw new InvalidOperationException(
                $"{VariableName} '{raw}' is not a valid interval; use hh:mm:ss of at least one second (00:15:00), or 'off'.");
        }

        return new(interval);
    }
}
