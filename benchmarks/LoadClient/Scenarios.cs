using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace PageShare.Benchmarks.LoadClient;

/// <summary>
/// The issue 7 scenarios, paths and bodies as in docs/API.md. Every request carries a viewer's token, as the web
/// client does once signed in. Writes come last so that the reads see the database the run started with.
/// </summary>
internal static class Scenarios
{
    public const string FeedAll = "GET /feed?scope=all";
    public const string FloorFeedAll = "floor: GET /feed?scope=all";
    public const string GetPost = "GET /posts/{id}";
    public const string CreatePost = "POST /posts";

    /// <summary>Marks the posts the load creates, so the run can delete them afterwards.</summary>
    public const string CreatedPostMarker = "[bench-load]";

    public static IReadOnlyList<Scenario> All(BenchSample sample, HttpClient api, HttpClient? floor)
    {
        var list = new List<Scenario>
        {
            Get(FeedAll, ScenarioKind.FeedRead, api, sample, _ => "feed?scope=all&limit=20"),
            Get("GET /feed?scope=following", ScenarioKind.FeedRead, api, sample, _ => "feed?scope=following&limit=20"),
            Get(GetPost, ScenarioKind.PostRead, api, sample, r => $"posts/{Pick(r, sample.PostIds)}"),
            Get("GET /posts/{id}/comments", ScenarioKind.Read, api, sample, r => $"posts/{Pick(r, sample.CommentedPostIds)}/comments?limit=20"),
            Get("GET /tickers/trending", ScenarioKind.Read, api, sample, _ => "tickers/trending?window=24h"),
            Get("GET /tickers/{symbol}/posts", ScenarioKind.Read, api, sample,
                r => $"tickers/{Uri.EscapeDataString(Pick(r, sample.Symbols))}/posts?limit=20"),
            Get("GET /search", ScenarioKind.Read, api, sample, r => $"search?q={Uri.EscapeDataString(Pick(r, sample.SearchTerms))}&type=all"),
            Post(CreatePost, api, sample, r => ("posts", new
            {
                content = $"{CreatedPostMarker} load test post {r.Next():x8} about ${Pick(r, sample.Symbols)}, levels to watch",
            })),
            Post("POST /posts/{id}/reactions", api, sample, r => ($"posts/{Pick(r, sample.PostIds)}/reactions", null)),
        };
        if (floor is not null)
        {
            // Right after the API's own feed run, so both see the same data and machine load.
            list.Insert(1, Get(FloorFeedAll, ScenarioKind.Floor, floor, sample, _ => "feed?scope=all&limit=20"));
        }

        return list;
    }

    private static Scenario Get(string name, ScenarioKind kind, HttpClient client, BenchSample sample, Func<Random, string> path) =>
        new(name, kind, client, r =>
        {
            var request = new HttpRequestMessage(HttpMethod.Get, path(r));
            Authorize(request, r, sample);
            return request;
        });

    private static Scenario Post(string name, HttpClient client, BenchSample sample, Func<Random, (string Path, object? Body)> build) =>
        new(name, ScenarioKind.Write, client, r =>
        {
            var (path, body) = build(r);
            var request = new HttpRequestMessage(HttpMethod.Post, path);
            if (body is not null)
            {
                request.Content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");
            }

            Authorize(request, r, sample);
            return request;
        });

    private static void Authorize(HttpRequestMessage request, Random random, BenchSample sample) =>
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Pick(random, sample.Viewers).Token);

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
