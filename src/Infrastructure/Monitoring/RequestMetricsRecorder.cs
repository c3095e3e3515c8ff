using System.Collections.Concurrent;
using PageShare.Application.Metrics;
using PageShare.Application.Metrics.Queries.GetHealthMetrics;

namespace PageShare.Infrastructure.Monitoring;

/// <summary>
/// Request counts, error counts and latency histograms per route template over the last
/// <see cref="MonitoringOptions.WindowMinutes"/> minutes of this process. Routes are templates, so their number is
/// bounded by the endpoint table; a cap guards against a bug that would pass raw paths.
/// </summary>
internal sealed class RequestMetricsRecorder(MonitoringOptions options, TimeProvider clock) : IRequestMetrics
{
    internal const string OtherRoute = "other";
    private const int MaxRoutes = 500;

    private readonly ConcurrentDictionary<string, RouteWindow> _routes = new(StringComparer.Ordinal);

    public void Record(string route, int statusCode, TimeSpan elapsed)
    {
        var window = _routes.TryGetValue(route, out var existing) ? existing
            : _routes.Count < MaxRoutes ? _routes.GetOrAdd(route, _ => new RouteWindow(options.WindowMinutes))
            : _routes.GetOrAdd(OtherRoute, _ => new RouteWindow(options.WindowMinutes));
        window.Record(CurrentMinute(), statusCode, elapsed.TotalMilliseconds);
    }

    public RequestWindowDto Snapshot(int topRoutes)
    {
        var minute = CurrentMinute();
        var overall = new WindowTotals();
        var perRoute = new List<(string Route, WindowTotals Totals)>();
        foreach (var (route, window) in _routes)
        {
            var totals = new WindowTotals();
            window.AddTo(totals, minute);
            if (totals.Requests > 0)
            {
                overall.Add(totals);
                perRoute.Add((route, totals));
            }
        }

        var routes = perRoute
            .OrderByDescending(r => r.Totals.Requests).ThenBy(r => r.Route, StringComparer.Ordinal)
            .Take(topRoutes)
            .Select(r => new RouteHealthDto(r.Route, r.Totals.Requests, r.Totals.ErrorRate, r.Totals.ClientErrorRate, r.Totals.Latency))
            .ToList();
        return new RequestWindowDto(options.WindowMinutes, overall.Requests, overall.ErrorRate, overall.ClientErrorRate, overall.Latency, routes);
    }

    private long CurrentMinute() => clock.GetUtcNow().ToUnixTimeSeconds() / 60;
}
