namespace PageShare.Benchmarks.LoadClient;

/// <summary>
/// What one scenario measured: requests completed in the measured window, their latencies, and the CPU time the
/// server process used meanwhile (null when its pid is unknown). <see cref="OfferedRate"/> is the open loop's rate
/// in requests a second, null for the closed loop.
/// </summary>
internal sealed record ScenarioResult(
    Scenario Scenario,
    TimeSpan Measured,
    LatencyHistogram Latencies,
    IReadOnlyDictionary<int, long> NonSuccessStatuses,
    long TransportErrors,
    double? ServerCpuSeconds = null,
    double? OfferedRate = null)
{
    public ScenarioResult Merge(ScenarioResult other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var latencies = new LatencyHistogram();
        latencies.Add(Latencies);
        latencies.Add(other.Latencies);
        var statuses = NonSuccessStatuses.Concat(other.NonSuccessStatuses)
            .GroupBy(s => s.Key).ToDictionary(g => g.Key, g => g.Sum(s => s.Value));
        return new ScenarioResult(Scenario, Measured + other.Measured, latencies, statuses, TransportErrors + other.TransportErrors,
            ServerCpuSeconds + other.ServerCpuSeconds, OfferedRate);
    }

    public double RequestsPerSecond => Latencies.Count / Measured.TotalSeconds;

    /// <summary>Server CPU time per request served, in milliseconds; null when not measured.</summary>
    public double? CpuMillisecondsPerRequest => Latencies.Count == 0 ? null : ServerCpuSeconds * 1000 / Latencies.Count;

    public long NonSuccess => NonSuccessStatuses.Values.Sum();

    // A scenario in which no request completed measured nothing: as bad as an error.
    public bool HasErrors => NonSuccess > 0 || TransportErrors > 0 || Latencies.Count == 0;

    public double Milliseconds(double percentile) => Latencies.ValueAt(percentile) / 1000.0;

    public double MaxMilliseconds => Latencies.MaxMicroseconds / 1000.0;

    public string ErrorText => !HasErrors
        ? "0"
        : Latencies.Count == 0 ? "no request completed"
        : string.Join(", ", NonSuccessStatuses.OrderBy(s => s.Key).Select(s => $"{s.Value}× {s.Key}")
            .Concat(TransportErrors > 0 ? [$"{TransportErrors}× no response"] : Array.Empty<string>()));
}
