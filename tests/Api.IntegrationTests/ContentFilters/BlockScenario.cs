using System.Net;
using System.Net.Http.Json;
using PageShare.Api.IntegrationTests.Infrastructure;

namespace PageShare.Api.IntegrationTests.ContentFilters;

/// <summary>
/// Alice, Bob and Carol, each with a $BLOK post; Alice and Bob comment on Carol's post and on each other's, and Carol
/// quotes both. Everything is created before any mute or block, as it would be in real life.
/// </summary>
internal sealed class BlockScenario
{
    public required HttpClient Alice { get; init; }

    public required HttpClient Bob { get; init; }

    public required HttpClient Carol { get; init; }

    public required Dictionary<string, Guid> UserIds { get; init; }

    public required Dictionary<string, Guid> PostIds { get; init; }

    public required Dictionary<string, Guid> QuoteIds { get; init; }

    public required Dictionary<string, Guid> CommentIdsOnCarol { get; init; }

    public required Dictionary<string, Guid> CommentIdsOnOther { get; init; }

    public HttpClient Client(string name) => name switch { "alice" => Alice, "bob" => Bob, _ => Carol };

    public static async Task<BlockScenario> CreateAsync(PageShareApiFactory factory)
    {
        var ids = new Dictionary<string, Guid> { ["alice"] = Guid.NewGuid(), ["bob"] = Guid.NewGuid(), ["carol"] = Guid.NewGuid() };
        var clients = ids.ToDictionary(p => p.Key, p => factory.CreateUserClient(p.Value, $"{p.Key}_{p.Value.ToString("N")[..6]}@example.com"));
        var posts = new Dictionary<string, Guid>();
        foreach (var (name, client) in clients)
        {
            posts[name] = await PostAsync(client, new { content = $"{name} on $BLOK" });
        }

        var quotes = new Dictionary<string, Guid>
        {
            ["alice"] = await PostAsync(clients["carol"], new { content = "carol quotes alice", quoted_post_id = posts["alice"] }),
            ["bob"] = await PostAsync(clients["carol"], new { content = "carol quotes bob", quoted_post_id = posts["bob"] }),
        };
        var onCarol = new Dictionary<string, Guid>
        {
            ["alice"] = await CommentAsync(clients["alice"], posts["carol"], "alice on carol"),
            ["bob"] = await CommentAsync(clients["bob"], posts["carol"], "bob on carol"),
        };
        var onOther = new Dictionary<string, Guid>
        {
            ["alice"] = await CommentAsync(clients["alice"], posts["bob"], "alice on bob"),
            ["bob"] = await CommentAsync(clients["bob"], posts["alice"], "bob on alice"),
        };
        return new BlockScenario
        {
            Alice = clients["alice"], Bob = clients["bob"], Carol = clients["carol"], UserIds = ids, PostIds = posts, QuoteIds = quotes,
            CommentIdsOnCarol = onCarol, CommentIdsOnOther = onOther,
        };
    }

    public async Task<string> UsernameAsync(string name) =>
        (await Carol.GetAsync($"/api/v1/users/{UserIds[name]}").ReadJsonAsync()).GetProperty("username").GetString()!;

    private static async Task<Guid> PostAsync(HttpClient client, object body) =>
        (await client.PostAsJsonAsync("/api/v1/posts", body).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();

    private static async Task<Guid> CommentAsync(HttpClient client, Guid postId, string content) =>
        (await client.PostAsJsonAsync($"/api/v1/posts/{postId}/comments", new { content }).ReadJsonAsync(HttpStatusCode.Created))
        .GetProperty("id").GetGuid();
}
