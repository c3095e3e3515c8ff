namespace PageShare.Application.Metrics;

/// <summary>The rounding every ratio of the metrics endpoints uses (docs/metrics.md).</summary>
internal static class MetricsMath
{
    /// <summary>The UTC day of <paramref name="clock"/>'s now: "today" of every metric.</summary>
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary><paramref name="part"/> / <paramref name="whole"/> × 100, two decimals, half away from zero; null when the whole is 0.</summary>
    public static decimal? Percent(int part, int whole) =>
        whole == 0 ? null : Math.Round(part * 100m / whole, 2, MidpointRounding.AwayFromZero);

    /// <summary><paramref name="count"/> / <paramref name="per"/>, four decimals, half away from zero; null when <paramref name="per"/> is 0.</summary>
    public static decimal? Ratio(int count, int per) =>
        per == 0 ? null : Math.Round((decimal)count / per, 4, MidpointRounding.AwayFromZero);
}
