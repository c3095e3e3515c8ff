using Npgsql;
using PageShare.Benchmarks.LoadClient;
using PageShare.Infrastructure.Persistence;

BenchOptions options;
try
{
    options = BenchOptions.Parse(args);
}
catch (ArgumentException ex)
{
    Console.Error.WriteLine(ex.Message);
    return 2;
}

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};
var ct = cancel.Token;

var sample = await BenchSample.LoadAsync(options.DatabaseUrl, options.Auth, ct);
Console.Error.WriteLine($"Sampled {sample.Viewers.Count} viewers, {sample.PostIds.Count} posts, {sample.Symbols.Count} symbols from {sample.Size}.");
using var api = HttpClients.Create(options.ApiRoot, options.Prefix, options.Connections);
using var floor = options.FloorRoot is null ? null : HttpClients.Create(options.FloorRoot, options.Prefix, options.Connections);

if (options.Mode == "check")
{
    if (floor is null)
    {
        Console.Error.WriteLine("check needs --floor.");
        return 2;
    }

    return await FeedComparison.RunAsync(api, floor, sample, ct) ? 0 : 1;
}

const int FeedRounds = 3;
var startedAt = DateTimeOffset.UtcNow;
var runner = new LoadRunner(options.Connections, options.Warmup, options.Duration,
    s => s.Name == Scenarios.FloorFeedAll ? options.FloorPid : options.ApiPid);
var results = new List<ScenarioResult>();
try
{
    var scenarios = Scenarios.All(sample, api, floor).Where(s => Selected(s, options)).ToList();
    var floorFeed = scenarios.FirstOrDefault(s => s.Name == Scenarios.FloorFeedAll);
    foreach (var scenario in scenarios.Where(s => s.Kind is ScenarioKind.FeedRead or ScenarioKind.Floor && options.JitWarmup > TimeSpan.Zero))
    {
        Console.Error.WriteLine($"{scenario.Name}: {options.JitWarmup.TotalSeconds:0} s JIT warm-up...");
        await runner.WarmUpAsync(scenario, options.JitWarmup, ct);
    }

    foreach (var scenario in scenarios.Where(s => s != floorFeed))
    {
        Console.Error.WriteLine($"{scenario.Name}: {options.Warmup.TotalSeconds:0} s warm-up, {options.Duration.TotalSeconds:0} s measured...");
        if (scenario.Name == Scenarios.FeedAll && floorFeed is not null)
        {
            // The ratio that matters: API and floor alternate in the same minutes.
            var (apiFeed, floorResult) = await runner.RunInterleavedAsync(scenario, floorFeed, FeedRounds, ct);
            Report(apiFeed);
            Report(floorResult);
            results.AddRange([apiFeed, floorResult]);
            continue;
        }

        var result = await runner.RunAsync(scenario, ct);
        Report(result);
        results.Add(result);
    }
}
finally
{
    await DeleteCreatedPostsAsync(options.DatabaseUrl);
}

var report = new BenchReport(options, sample.Size, results, ProcessMemory.PeakMegabytes(options.ApiPid), ProcessMemory.PeakMegabytes(options.FloorPid));
var markdown = report.ToMarkdown(startedAt);
Console.WriteLine(markdown);
if (options.OutputFile is { } file)
{
    Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
    await File.WriteAllTextAsync(file, markdown, ct);
    Console.Error.WriteLine($"Wrote {file}.");
}

return report.HasErrors ? 3 : 0;

static void Report(ScenarioResult result) =>
    Console.Error.WriteLine($"  {result.Scenario.Name}: {result.RequestsPerSecond:0} req/s, p50 {result.Milliseconds(50):0.0} ms, p99 {result.Milliseconds(99):0.0} ms, errors {result.ErrorText}");

static bool Selected(Scenario scenario, BenchOptions options) =>
    options.ScenarioFilter.Count == 0
    || options.ScenarioFilter.Any(f => scenario.Name.Contains(f, StringComparison.OrdinalIgnoreCase));

// The load's own posts go again, so the next run measures the same database (their counters follow by trigger).
static async Task DeleteCreatedPostsAsync(string databaseUrl)
{
    await using var dataSource = NpgsqlDataSource.Create(DatabaseUrl.ToConnectionString(databaseUrl));
    await using var command = dataSource.CreateCommand("delete from posts where starts_with(content, $1)");
    command.Parameters.Add(new NpgsqlParameter { Value = Scenarios.CreatedPostMarker });
    var deleted = await command.ExecuteNonQueryAsync();
    Console.Error.WriteLine($"Deleted the {deleted} posts the load created.");
}
