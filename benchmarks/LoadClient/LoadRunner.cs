using System.Diagnostics;

namespace PageShare.Benchmarks.LoadClient;

/// <summary>
/// Drives a scenario over <see cref="Workers"/> connections, in one of two ways. A closed loop: each worker sends its
/// next request as soon as the previous response is read in full, so the server always has that many requests in
/// flight (throughput). An open loop: requests start on a fixed schedule at a given rate, whatever the responses do,
/// and each latency runs from the request's scheduled start (latency at a given load). Requests started during
/// warm-up are not recorded; requests started in the measured window are, whatever their status (non-2xx are counted
/// apart).
/// </summary>
internal sealed class LoadRunner(int workers, TimeSpan warmup, TimeSpan duration, Func<Scenario, int?> serverPid)
{
    public int Workers { get; } = workers;

    public Task<ScenarioResult> RunAsync(Scenario scenario, CancellationToken ct) => RunAsync(scenario, warmup, duration, null, ct);

    /// <summary>
    /// The open loop: <paramref name="rate"/> requests a second in all, each worker on its own schedule of
    /// rate / <see cref="Workers"/> (as wrk2 does). A worker whose response comes late sends its next request late,
    /// and that request's latency still counts from when it was due: a server that stalls is not spared the requests
    /// it would have received meanwhile (no coordinated omission).
    /// </summary>
    public Task<ScenarioResult> RunAtRateAsync(Scenario scenario, double rate, CancellationToken ct) =>
        RunAsync(scenario, warmup, duration, rate, ct);

    /// <summary>
    /// Drives the scenario for <paramref name="length"/> and records nothing: long enough for the runtime's tiered
    /// JIT to finish optimising the hot paths, which takes tens of seconds of load on two cores. A server measured
    /// before that is measured compiling itself.
    /// </summary>
    public Task WarmUpAsync(Scenario scenario, TimeSpan length, CancellationToken ct) => RunAsync(scenario, length, TimeSpan.Zero, null, ct);

    /// <summary>
    /// Runs the two scenarios in turn, <paramref name="rounds"/> times each, and merges each one's rounds: on a shared
    /// machine the load changes from minute to minute, and alternating keeps that drift out of their ratio.
    /// </summary>
    /// <remarks>With a <paramref name="rate"/>, both are driven in the open loop at that same rate.</remarks>
    public async Task<(ScenarioResult First, ScenarioResult Second)> RunInterleavedAsync(
        Scenario first, Scenario second, int rounds, double? rate, CancellationToken ct)
    {
        var slice = duration / rounds;
        ScenarioResult? a = null, b = null;
        for (var round = 0; round < rounds; round++)
        {
            // The full warm-up before each one's first round; later rounds only refill the loop.
            var roundWarmup = round == 0 ? warmup : TimeSpan.FromSeconds(1);
            var ra = await RunAsync(first, roundWarmup, slice, rate, ct);
            var rb = await RunAsync(second, roundWarmup, slice, rate, ct);
            a = a is null ? ra : a.Merge(ra);
            b = b is null ? rb : b.Merge(rb);
        }

        return (a!, b!);
    }

    private async Task<ScenarioResult> RunAsync(Scenario scenario, TimeSpan warmup, TimeSpan duration, double? rate, CancellationToken ct)
    {
        var startAt = Stopwatch.GetTimestamp();
        var measureFrom = startAt + (long)(warmup.TotalSeconds * Stopwatch.Frequency);
        var measureUntil = measureFrom + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var runs = Enumerable.Range(0, Workers)
            .Select(i =>
            {
                var window = new Window(measureFrom, measureUntil);
                var random = new Random(7919 * (i + 1));
                if (rate is not { } r)
                {
                    return Task.Run(() => WorkAsync(scenario, random, window, ct), ct);
                }

                // Each worker's schedule, staggered so that the requests of all workers are spread evenly.
                var interval = (long)(Stopwatch.Frequency * Workers / r);
                return Task.Run(() => WorkOnScheduleAsync(scenario, random, window, startAt + (interval * i / Workers), interval, ct), ct);
            })
            .ToList();
        var pid = serverPid(scenario);
        await Task.Delay(warmup, ct);
        var cpuBefore = ProcessCpu.Seconds(pid);
        var tallies = await Task.WhenAll(runs);
        // Requests started in the window are counted, and the last of them end just after it: so does this reading.
        var cpu = ProcessCpu.Seconds(pid) - cpuBefore;

        var latencies = new LatencyHistogram();
        var statuses = new Dictionary<int, long>();
        long transportErrors = 0;
        foreach (var tally in tallies)
        {
            latencies.Add(tally.Latencies);
            transportErrors += tally.TransportErrors;
            foreach (var (status, count) in tally.Statuses)
            {
                statuses[status] = statuses.GetValueOrDefault(status) + count;
            }
        }

        return new ScenarioResult(scenario, duration, latencies, statuses, transportErrors, cpu, rate);
    }

    private static async Task<Tally> WorkAsync(Scenario scenario, Random random, Window window, CancellationToken ct)
    {
        var tally = new Tally();
        while (!ct.IsCancellationRequested)
        {
            var started = Stopwatch.GetTimestamp();
            if (started >= window.Until)
            {
                break;
            }

            await SendAsync(scenario, random, started, window.Contains(started) ? tally : null, ct);
        }

        return tally;
    }

    private static async Task<Tally> WorkOnScheduleAsync(
        Scenario scenario, Random random, Window window, long firstDue, long interval, CancellationToken ct)
    {
        var tally = new Tally();
        for (var due = firstDue; due < window.Until && !ct.IsCancellationRequested; due += interval)
        {
            var early = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due);
            if (early > TimeSpan.Zero)
            {
                await Task.Delay(early, ct);
            }

            await SendAsync(scenario, random, due, window.Contains(due) ? tally : null, ct);
        }

        return tally;
    }

    /// <summary>One request; its latency (from <paramref name="since"/>) and outcome go to <paramref name="tally"/> when there is one.</summary>
    private static async Task SendAsync(Scenario scenario, Random random, long since, Tally? tally, CancellationToken ct)
    {
        using var request = scenario.NewRequest(random);
        try
        {
            // ResponseContentRead: the latency includes the whole body, as a client sees it.
            using var response = await scenario.Client.SendAsync(request, HttpCompletionOption.ResponseContentRead, ct);
            if (tally is not null)
            {
                tally.Latencies.Record((long)Stopwatch.GetElapsedTime(since).TotalMicroseconds);
                if (!response.IsSuccessStatusCode)
                {
                    var status = (int)response.StatusCode;
                    tally.Statuses[status] = tally.Statuses.GetValueOrDefault(status) + 1;
                }
            }
        }
        catch (Exception ex) when ((ex is HttpRequestException or TaskCanceledException) && !ct.IsCancellationRequested)
        {
            if (tally is not null)
            {
                tally.Latencies.Record((long)Stopwatch.GetElapsedTime(since).TotalMicroseconds);
                tally.TransportErrors++;
            }
        }
    }

    /// <summary>The measured window, in <see cref="Stopwatch"/> ticks: requests started (or due) in it are recorded.</summary>
    private readonly record struct Window(long From, long Until)
    {
        public bool Contains(long timestamp) => timestamp >= From && timestamp < Until;
    }

    private sealed class Tally
    {
        public LatencyHistogram Latencies { get; } = new();

        public Dictionary<int, long> Statuses { get; } = [];

        public long TransportErrors { get; set; }
    }
}
