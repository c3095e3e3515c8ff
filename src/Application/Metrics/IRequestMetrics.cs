using PageShare.Application.Metrics.Queries.GetHealthMetrics;

namespace PageShare.Application.Metrics;

/// <summary>In-process request statistics over a sliding window, per route template.</summary>
public interface IRequestMetrics
{
    /// <summary>Called once per finished request; cheap and allocation-free on the hot path.</summary>
    void Record(string route, int statusCode, TimeSpan elapsed);

    /// <summary>The window's totals and the <paramref name="topRoutes"/> busiest routes.</summary>
    RequestWindowDto Snapshot(int topRoutes);
}
