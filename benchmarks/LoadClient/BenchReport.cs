using System.Globalization;
using System.Text;

namespace PageShare.Benchmarks.LoadClient;

/// <summary>
/// The run as markdown, ready to paste into docs/performance.md: settings, a table per pass (closed loop, then open
/// loop when it ran), the feed's API/floor ratios, and the budgets against each pass.
/// </summary>
internal sealed class BenchReport(
    BenchOptions options, DataSize size, IReadOnlyList<ScenarioResult> closed, IReadOnlyList<ScenarioResult> open,
    double? apiPeakMb, double? floorPeakMb)
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public bool HasErrors => closed.Concat(open).Any(r => r.HasErrors);

    public string ToMarkdown(DateTimeOffset startedAt)
    {
        var md = new StringBuilder();
        md.AppendLine(Invariant, $"## Run of {startedAt:yyyy-MM-dd HH:mm} UTC");
        md.AppendLine();
        md.AppendLine(Invariant, $"- machine: {MachineInfo.Describe()}");
        md.AppendLine(Invariant, $"- data: {size}");
        md.AppendLine(Invariant, $"- load: {options.Connections} connections; closed loop: {options.Warmup.TotalSeconds:0} s warm-up then {options.Duration.TotalSeconds:0} s measured per scenario, the API's and the floor's feed alternating in three rounds of a third each");
        if (open.Count > 0)
        {
            md.AppendLine(Invariant, $"- open loop: then each scenario offered {options.OpenLoopShare:0%} of the throughput it reached in the closed loop (the API's feed: {options.OpenLoopShare:0%} of the floor's, the floor's load), requests on a fixed schedule, each latency from the request's due time");
        }

        if (!string.IsNullOrWhiteSpace(options.Label))
        {
            md.AppendLine(Invariant, $"- API: {options.Label}");
        }

        md.AppendLine();
        md.AppendLine("Closed loop:");
        md.AppendLine();
        AppendTable(md, closed);
        if (open.Count > 0)
        {
            md.AppendLine(Invariant, $"Open loop at {options.OpenLoopShare:0%} of the closed loop's throughput:");
            md.AppendLine();
            AppendTable(md, open);
        }

        md.AppendLine(Invariant, $"Peak memory (VmHWM): API {Megabytes(apiPeakMb)}, floor {Megabytes(floorPeakMb)}.");
        md.AppendLine();
        var openBudgets = Budgets(open).ToDictionary(b => b.What);
        md.AppendLine(open.Count > 0
            ? $"| budget (issue 7) | limit | closed loop | verdict | open loop at {options.OpenLoopShare.ToString("0%", Invariant)} | verdict |"
            : "| budget (issue 7) | limit | closed loop | verdict |");
        md.AppendLine(open.Count > 0 ? "|---|---|---|---|---|---|" : "|---|---|---|---|");
        foreach (var budget in Budgets(closed))
        {
            var openColumns = open.Count > 0 && openBudgets.TryGetValue(budget.What, out var o) ? $" {o.Actual ?? "-"} | {o.Verdict} |" : "";
            md.AppendLine(Invariant, $"| {budget.What} | {budget.Limit} | {budget.Actual ?? "-"} | {budget.Verdict} |{openColumns}");
        }

        if (HasErrors)
        {
            md.AppendLine();
            md.AppendLine("**This run had errors (see the errors column): its figures are not valid.**");
        }

        return md.ToString();
    }

    private static void AppendTable(StringBuilder md, IReadOnlyList<ScenarioResult> results)
    {
        var offered = results.Any(r => r.OfferedRate is not null);
        md.AppendLine(offered
            ? "| scenario | offered req/s | req/s | p50 ms | p95 ms | p99 ms | max ms | CPU ms/req | errors |"
            : "| scenario | req/s | p50 ms | p95 ms | p99 ms | max ms | CPU ms/req | errors |");
        md.AppendLine(offered ? "|---|---:|---:|---:|---:|---:|---:|---:|---|" : "|---|---:|---:|---:|---:|---:|---:|---|");
        foreach (var r in results)
        {
            var rate = offered ? string.Create(Invariant, $" {r.OfferedRate:0} |") : "";
            md.AppendLine(Invariant,
                $"| {Escape(r.Scenario.Name)} |{rate} {r.RequestsPerSecond:0} | {r.Milliseconds(50):0.0} | {r.Milliseconds(95):0.0} | {r.Milliseconds(99):0.0} | {r.MaxMilliseconds:0.0} | {Cpu(r.CpuMillisecondsPerRequest)} | {(r.HasErrors ? "**" + r.ErrorText + "**" : "0")} |");
        }

        md.AppendLine();
        if (Find(results, Scenarios.FeedAll) is { } api && Find(results, Scenarios.FloorFeedAll) is { } floor)
        {
            var throughput = Ratio(api.RequestsPerSecond, floor.RequestsPerSecond);
            var p50 = Ratio(api.Milliseconds(50), floor.Milliseconds(50));
            var p99 = Ratio(api.Milliseconds(99), floor.Milliseconds(99));
            var cpu = api.CpuMillisecondsPerRequest is { } a && floor.CpuMillisecondsPerRequest is { } f ? Ratio(a, f) : "-";
            md.AppendLine(Invariant,
                $"Feed (scope=all) API/floor: throughput {throughput}, p50 {p50}, p99 {p99}, CPU per request {cpu} (latency and CPU ratios above 1 mean the API is slower).");
            md.AppendLine();
        }
    }

    private IEnumerable<Budget> Budgets(IReadOnlyList<ScenarioResult> results)
    {
        var feedAll = Find(results, Scenarios.FeedAll);
        var floor = Find(results, Scenarios.FloorFeedAll);
        foreach (var feed in results.Where(r => r.Scenario.Kind == ScenarioKind.FeedRead))
        {
            yield return AtMost($"{feed.Scenario.Name} p99", feed.Milliseconds(99), 50, "ms");
            yield return AtMost($"{feed.Scenario.Name} p50", feed.Milliseconds(50), 10, "ms");
        }

        // In the open loop both are offered the same rate: their throughputs say nothing about capacity.
        yield return feedAll is not null && floor is not null && feedAll.OfferedRate is null
            ? new Budget("feed throughput / floor", "≥ 0.70", Ratio(feedAll.RequestsPerSecond, floor.RequestsPerSecond),
                feedAll.RequestsPerSecond >= 0.7 * floor.RequestsPerSecond)
            : new Budget("feed throughput / floor", "≥ 0.70", null, null);
        foreach (var post in results.Where(r => r.Scenario.Kind == ScenarioKind.PostRead))
        {
            yield return AtMost($"{post.Scenario.Name} p99", post.Milliseconds(99), 20, "ms");
        }

        foreach (var write in results.Where(r => r.Scenario.Kind == ScenarioKind.Write))
        {
            yield return AtMost($"{write.Scenario.Name} p99", write.Milliseconds(99), 50, "ms");
        }

        yield return apiPeakMb is { } peak
            ? AtMost("API peak memory", peak, 400, "MB")
            : new Budget("API peak memory", "≤ 400 MB", null, null);
    }

    private static Budget AtMost(string what, double actual, double limit, string unit) =>
        new(what, string.Create(Invariant, $"≤ {limit:0} {unit}"), string.Create(Invariant, $"{actual:0.0} {unit}"), actual <= limit);

    private static ScenarioResult? Find(IReadOnlyList<ScenarioResult> results, string name) =>
        results.FirstOrDefault(r => r.Scenario.Name == name);

    private static string Ratio(double a, double b) => b <= 0 ? "-" : (a / b).ToString("0.00", Invariant);

    private static string Cpu(double? ms) => ms is { } v ? v.ToString("0.00", Invariant) : "-";

    private static string Megabytes(double? mb) => mb is { } v ? v.ToString("0", Invariant) + " MB" : "not measured";

    // Route templates hold braces and pipes only in ids; a pipe would break the table.
    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
