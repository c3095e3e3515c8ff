using System.Net.Http.Headers;
using System.Text.Json.Nodes;

namespace PageShare.Benchmarks.LoadClient;

/// <summary>
/// Keeps the floor honest: for a few viewers, the first pages of <c>GET /feed?scope=all</c> from the API and from the
/// floor must be the same JSON (same names, values and nesting; property order is the only thing ignored).
/// </summary>
internal static class FeedComparison
{
    private const int Viewers = 5;
    private const int Pages = 3;

    public static async Task<bool> RunAsync(HttpClient api, HttpClient floor, BenchSample sample, CancellationToken ct)
    {
        var pages = 0;
        var identicalBytes = 0;
        foreach (var viewer in sample.Viewers.Take(Viewers))
        {
            string? cursor = null;
            for (var page = 0; page < Pages; page++)
            {
                var path = "feed?scope=all&limit=20" + (cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor));
                var expected = await FetchAsync(api, path, viewer, ct);
                var actual = await FetchAsync(floor, path, viewer, ct);
                var differences = new List<string>();
                Compare(JsonNode.Parse(expected), JsonNode.Parse(actual), "$", differences);
                if (differences.Count > 0)
                {
                    Console.Error.WriteLine($"The floor's feed differs from the API's for viewer {viewer.Id}, page {page + 1}:");
                    differences.Take(10).ToList().ForEach(d => Console.Error.WriteLine("  " + d));
                    return false;
                }

                pages++;
                identicalBytes += expected == actual ? 1 : 0;
                cursor = JsonNode.Parse(expected)?["next_cursor"]?.GetValue<string>();
                if (cursor is null)
                {
                    break;
                }
            }
        }

        Console.Error.WriteLine($"The floor serves the same feed as the API: {pages} pages compared, {identicalBytes} byte for byte.");
        return true;
    }

    private static async Task<string> FetchAsync(HttpClient client, string path, Viewer viewer, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", viewer.Token);
        using var response = await client.SendAsync(request, ct);
        var body = await response.Content.ReadAsStringAsync(ct);
        return response.IsSuccessStatusCode
            ? body
            : throw new InvalidOperationException($"{client.BaseAddress}{path} answered {(int)response.StatusCode}: {body}");
    }

    internal static void Compare(JsonNode? expected, JsonNode? actual, string path, List<string> differences)
    {
        switch (expected, actual)
        {
            case (null, null):
                return;
            case (JsonObject e, JsonObject a):
                foreach (var name in e.Select(p => p.Key).Union(a.Select(p => p.Key)))
                {
                    if (!e.ContainsKey(name) || !a.ContainsKey(name))
                    {
                        differences.Add($"{path}.{name}: only in the {(e.ContainsKey(name) ? "API" : "floor")}");
                        continue;
                    }

                    Compare(e[name], a[name], $"{path}.{name}", differences);
                }

                return;
            case (JsonArray e, JsonArray a):
                if (e.Count != a.Count)
                {
                    differences.Add($"{path}: {e.Count} items from the API, {a.Count} from the floor");
                    return;
                }

                for (var i = 0; i < e.Count; i++)
                {
                    Compare(e[i], a[i], $"{path}[{i}]", differences);
                }

                return;
            default:
                var left = expected?.ToJsonString() ?? "null";
                var right = actual?.ToJsonString() ?? "null";
                if (left != right)
                {
                    differences.Add($"{path}: API {left}, floor {right}");
                }

                return;
        }
    }
}
