using System.Diagnostics;
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

var startedAt = DateTimeOffset.UtcNow;
var runner = new LoadRunner(options.Connections, options.Warmup, options.Duration,
    s => s.Name == Scenarios.FloorFeedAll ? options.FloorPid : options.ApiPid);
var passes = new LoadPasses(runner, options);
IReadOnlyList<ScenarioResult> closed;
IReadOnlyList<ScenarioResult> open = [];
try
{
    var scenarios = Scenarios.All(sample, api, floor).Where(s => Selected(s, options)).ToList();
    closed = await passes.ClosedAsync(scenarios, ct);
    if (options.OpenLoopShare > 0)
    {
        // The open loop's reads see the database the run started with, as the closed loop's did.
        await DeleteCreatedPostsAsync(options.DatabaseUrl);
        open = await passes.OpenAsync(closed, ct);
    }
}
finally
{
    await DeleteCreatedPostsAsync(options.DatabaseUrl);
}

var report = new BenchReport(options, sample.Size, closed, open, ProcessMemory.PeakMegabytes(options.ApiPid), ProcessMemory.PeakMegabytes(options.FloorPid));
var markdown = report.ToMarkdown(startedAt);
Console.WriteLine(markdown);
if (options.OutputFile is { } file)
{
    Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
    await File.WriteAllTextAsync(file, markdown, ct);
    Console.Error.WriteLine($"Wrote {file}.");
}

return report.HasErrors ? 3 : 0;

static bool Selected(Scenario scenario, BenchOptions options) =>
    options.ScenarioFilter.Count == 0
    || options.ScenarioFilter.Any(f => scenario.Name.Contains(f, StringComparison.OrdinalIgnoreCase));

// The load's own posts go again, so the next run measures the same database (their counters follow by trigger).
// Then a VACUUM (ANALYZE), a few seconds at 1M posts: otherwise autovacuum cleans up after this one mass delete
// while the next pass runs, and its scenarios measure that (a p99 of ~120 ms where ~20 ms is usual).
static async Task DeleteCreatedPostsAsync(string databaseUrl)
{
    await using var dataSource = NpgsqlDataSource.Create(DatabaseUrl.ToConnectionString(databaseUrl));
    await using var command = dataSource.CreateCommand("delete from posts where starts_with(content, $1)");
    command.Parameters.Add(new NpgsqlParameter { Value = Scenarios.CreatedPostMarker });
    var deleted = await command.ExecuteNonQueryAsync();
    Console.Error.WriteLine($"Deleted the {deleted} posts the load created.");
    if (deleted > 0)
    {
        var started = Stopwatch.GetTimestamp();
        await using var vacuum = dataSource.CreateCommand("VACUUM (ANALYZE)");
        vacuum.CommandTimeout = 600;
        await vacuum.ExecuteNonQueryAsync();
        Console.Error.WriteLine($"Vacuumed and analyzed the database in {Stopwatch.GetElapsedTime(started).TotalSeconds:0.0} s.");
    }
}
