using System.Net;
using System.Net.Http.Json;
using Npgsql;
using PageShare.Api.IntegrationTests.Infrastructure;

namespace PageShare.Api.IntegrationTests.Tickers;

/// <summary>Posts through the API, then moved back in time in SQL (the API stamps posts with the real clock).</summary>
internal sealed class TickerTestData(PageShareApiFactory factory)
{
    public async Task<Guid> PostAsync(HttpClient client, string content, string? sentiment = null)
    {
        var json = await client.PostAsJsonAsync("/api/v1/posts", new { content, sentiment }).ReadJsonAsync(HttpStatusCode.Created);
        return json.GetProperty("id").GetGuid();
    }

    /// <summary>
    /// Moves a post <paramref name="age"/> into the past. post_tickers.created_at is a copy of the post's (set by a
    /// trigger at insert), so both move; first_seen_at follows, as if the post had been written then.
    /// </summary>
    public async Task AgeAsync(Guid postId, TimeSpan age)
    {
        await using var connection = new NpgsqlConnection(factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            UPDATE posts SET created_at = now() - @age WHERE id = @id;
            UPDATE post_tickers SET created_at = now() - @age WHERE post_id = @id;
            UPDATE tickers SET first_seen_at = least(first_seen_at, now() - @age)
             WHERE symbol IN (SELECT symbol FROM post_tickers WHERE post_id = @id);
            """, connection);
        command.Parameters.AddWithValue("id", postId);
        command.Parameters.AddWithValue("age", age);
        await command.ExecuteNonQueryAsync();
    }

    public static async Task DeleteAsync(HttpClient author, Guid postId) =>
        (await author.DeleteAsync($"/api/v1/posts/{postId}")).StatusCode.Should().Be(HttpStatusCode.NoContent);
}
