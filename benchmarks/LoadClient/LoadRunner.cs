using System.Diagnostics;

namespace PageShare.Benchmarks.LoadClient;

/// <summary>
/// A closed loop: each worker sends its next request as soon as the previous response is read in full, so the
/// server always has <see cref="Workers"/> requests in flight. Requests started during warm-up are not recorded;
/// requests started in the measured window are, whatever their status (non-2xx are counted apart).
/// </summary>
internal sealed class LoadRunner(int workers, TimeSpan warmup, TimeSpan duration, Func<Scenario, int?> serverPid)
{
    public int Workers { get; } = workers;

    public Task<ScenarioResult> RunAsync(Scenario scenario, CancellationToken ct) => RunAsync(scenario, warmup, duration, ct);

    /// <summary>
    /// Drives the scenario for <paramref name="length"/> and records nothing: long enough for the runtime's tiered
    /// JIT to finish optimising the hot paths, which takes tens of seconds of load on two cores. A server measured
    /// before that is measured compiling itself.
    /// </summary>
    public Task WarmUpAsync(Scenario scenario, TimeSpan length, CancellationToken ct) => RunAsync(scenario, length, TimeSpan.Zero, ct);

    /// <summary>
    /// Runs the two scenarios in turn, <paramref name="rounds"/> times each, and merges each one's rounds: on a shared
    /// machine the load changes from minute to minute, and alternating keeps that drift out of their ratio.
    /// </summary>
    public async Task<(ScenarioResult First, ScenarioResult Second)> RunInterleavedAsync(
        Scenario first, Scenario second, int rounds, CancellationToken ct)
    {
        var slice = duration / rounds;
        ScenarioResult? a = null, b = null;
        for (var round = 0; round < rounds; round++)
        {
            // The full warm-up before each one's first round; later rounds only refill the loop.
            var roundWarmup = round == 0 ? warmup : TimeSpan.FromSeconds(1);
            var ra = await RunAsync(first, roundWarmup, slice, ct);
            var rb = await RunAsync(second, roundWarmup, slice, ct);
            a = a is null ? ra : a.Merge(ra);
            b = b is null ? rb : b.Merge(rb);
        }

        return (a!, b!);
    }

    private async Task<ScenarioResult> RunAsync(Scenario scenario, TimeSpan warmup, TimeSpan duration, CancellationToken ct)
    {
        var measureFrom = Stopwatch.GetTimestamp() + (long)(warmup.TotalSeconds * Stopwatch.Frequency);
        var measureUntil = measureFrom + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var runs = Enumerable.Range(0, Workers)
            .Select(i => Task.Run(() => WorkAsync(scenario, new Random(7919 * (i + 1)), measureFrom, measureUntil, ct), ct))
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

        return new ScenarioResult(scenario, duration, latencies, statuses, transportErrors, cpu);
    }

    private static async Task<Tally> WorkAsync(Scenario scenario, Random random, long measureFrom, long measureUntil, CancellationToken ct)
    {
        var tally = new Tally();
        while (!ct.IsCancellationRequested)
        {
            var started = Stopwatch.GetTimestamp();
            if (started >= measureUntil)
            {
                break;
            }

            var measured = started >= measureFrom;
            using var request = scenario.NewRequest(random);
            try
            {
                // ResponseContentRead: the latency includes the whole body, as a client sees it.
                using var response = await scenario.Client.SendAsync(request, HttpCompletionOption.ResponseContentRead, ct);
                if (measured)
                {
                    tally.Latencies.Record((long)Stopwatch.GetElapsedTime(started).TotalMicroseconds);
                    if (!response.IsSuccessStatusCode)
                    {
                        var status = (int)response.StatusCode;
                        tally.Statuses[status] = tally.Statuses.GetValueOrDefault(status) + 1;
                    }
                }
            }
            catch (Exception ex) when ((ex is HttpRequestException or TaskCanceledException) && !ct.IsCancellationRequested)
            {
                if (measured)
                {
                    tally.Latencies.Record((long)Stopwatch.GetElapsedTime(started).TotalMicroseconds);
                    tally.TransportErrors++;
                }
            }
        }

        return tally;
    }

    private sealed class Tally
    {
        public LatencyHistogram Latencies { get; } = new();

        public Dictionary<int, long> Statuses { get; } = [];

        public long TransportErrors { get; set; }
    }
}
