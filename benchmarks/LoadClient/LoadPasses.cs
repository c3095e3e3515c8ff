namespace PageShare.Benchmarks.LoadClient;

/// <summary>
/// The run's two passes over the scenarios. The closed loop measures throughput (and the latency of a server kept
/// saturated, which on two shared cores is mostly queueing: about connections / throughput). The open loop then offers
/// each scenario a share of the throughput it reached, on a schedule, and measures the latency a client sees at that load.
/// </summary>
internal sealed class LoadPasses(LoadRunner runner, BenchOptions options)
{
    // The ratio that matters: the API's and the floor's feed alternate in the same minutes.
    private const int FeedRounds = 3;

    public async Task<IReadOnlyList<ScenarioResult>> ClosedAsync(IReadOnlyList<Scenario> scenarios, CancellationToken ct)
    {
        foreach (var scenario in scenarios.Where(s => s.Kind is ScenarioKind.FeedRead or ScenarioKind.Floor && options.JitWarmup > TimeSpan.Zero))
        {
            Console.Error.WriteLine($"{scenario.Name}: {options.JitWarmup.TotalSeconds:0} s JIT warm-up...");
            await runner.WarmUpAsync(scenario, options.JitWarmup, ct);
        }

        return await EachAsync(scenarios, _ => null, ct);
    }

    /// <summary>
    /// Each scenario at <see cref="BenchOptions.OpenLoopShare"/> of its closed-loop throughput. The API's feed is offered
    /// the floor's share, the same load as the floor, so that their latencies compare.
    /// </summary>
    public async Task<IReadOnlyList<ScenarioResult>> OpenAsync(IReadOnlyList<ScenarioResult> closed, CancellationToken ct)
    {
        var floor = closed.FirstOrDefault(r => r.Scenario.Name == Scenarios.FloorFeedAll);
        return await EachAsync(closed.Select(r => r.Scenario).ToList(), scenario =>
        {
            var capacity = scenario.Name == Scenarios.FeedAll && floor is not null
                ? floor
                : closed.First(r => r.Scenario == scenario);
            return options.OpenLoopShare * capacity.RequestsPerSecond;
        }, ct);
    }

    private async Task<IReadOnlyList<ScenarioResult>> EachAsync(IReadOnlyList<Scenario> scenarios, Func<Scenario, double?> rateOf, CancellationToken ct)
    {
        var results = new List<ScenarioResult>();
        var floorFeed = scenarios.FirstOrDefault(s => s.Name == Scenarios.FloorFeedAll);
        foreach (var scenario in scenarios.Where(s => s != floorFeed))
        {
            var rate = rateOf(scenario);
            var load = rate is { } r ? $"at {r:0} req/s" : "closed loop";
            Console.Error.WriteLine($"{scenario.Name} ({load}): {options.Warmup.TotalSeconds:0} s warm-up, {options.Duration.TotalSeconds:0} s measured...");
            if (scenario.Name == Scenarios.FeedAll && floorFeed is not null)
            {
                var (apiFeed, floorResult) = await runner.RunInterleavedAsync(scenario, floorFeed, FeedRounds, rate, ct);
                Report(apiFeed);
                Report(floorResult);
                results.AddRange([apiFeed, floorResult]);
                continue;
            }

            var result = rate is { } offered ? await runner.RunAtRateAsync(scenario, offered, ct) : await runner.RunAsync(scenario, ct);
            Report(result);
            results.Add(result);
        }

        return results;
    }

    private static void Report(ScenarioResult result) =>
        Console.Error.WriteLine($"  {result.Scenario.Name}: {result.RequestsPerSecond:0} req/s, p50 {result.Milliseconds(50):0.0} ms, p99 {result.Milliseconds(99):0.0} ms, errors {result.ErrorText}");
}
