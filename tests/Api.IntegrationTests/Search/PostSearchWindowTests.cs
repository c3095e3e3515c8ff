using System.Text.Json;
using Npgsql;
using PageShare.Api.IntegrationTests.Infrastructure;

namespace PageShare.Api.IntegrationTests.Search;

/// <summary>
/// Post search ranks the newest 100 matches (docs/api-extensions.md), so that a common word costs a bounded amount of
/// work; paging keeps the window the search began with while new posts arrive.
/// </summary>
public sealed class PostSearchWindowTests(PageShareApiFactory factory) : ApiTestBase(factory)
{
    private const int Window = 100;

    [Fact]
    public async Task Search_Posts_MoreMatchesThanTheWindow_RanksOnlyTheNewestMatches()
    {
        var author = await InsertUserAsync();
        var oldStrongest = await InsertPostAsync(author, "breakout breakout breakout", TimeSpan.FromDays(1));
        var window = await InsertMatchesAsync(author, Window);

        var (seen, pages) = await PageAsync(Window / 2, afterFirstPage: () => Task.CompletedTask);

        seen.Should().BeEquivalentTo(window).And.NotContain(oldStrongest);
        pages.Should().Be(2);
    }

    [Fact]
    public async Task Search_Posts_PagedWhileNewMatchesArrive_KeepsTheWindowItBeganWith()
    {
        var author = await InsertUserAsync();
        var window = await InsertMatchesAsync(author, Window);

        // Ten newer matches of the same rank sort before the cursor; the oldest ten of the window must still come.
        var (seen, _) = await PageAsync(Window / 2, afterFirstPage: () => InsertMatchesAsync(author, 10, newerThanNow: true));

        seen.Should().Equal(window);
    }

    private async Task<(List<Guid> Seen, int Pages)> PageAsync(int limit, Func<Task> afterFirstPage)
    {
        var seen = new List<Guid>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = await Anonymous.GetAsync($"/api/v1/search?q=breakout&type=posts&limit={limit}{(cursor is null ? "" : "&cursor=" + cursor)}")
                .ReadJsonAsync();
            seen.AddRange(page.GetProperty("posts").EnumerateArray().Select(p => p.GetProperty("id").GetGuid()));
            cursor = page.GetProperty("next_cursor").ValueKind == JsonValueKind.Null ? null : page.GetProperty("next_cursor").GetString();
            if (pages++ == 0)
            {
                await afterFirstPage();
            }
        }
        while (cursor is not null && pages < 10);

        return (seen, pages);
    }

    private async Task<Guid> InsertUserAsync()
    {
        var id = Guid.NewGuid();
        await QueryAsync("INSERT INTO users (id, username, display_name) VALUES (@id, @username, 'W')",
            new("id", id), new("username", "w" + id.ToString("N")[..8]));
        return id;
    }

    private async Task<Guid> InsertPostAsync(Guid author, string content, TimeSpan age) =>
        (await QueryAsync("INSERT INTO posts (author_id, content, created_at, updated_at) VALUES (@author, @content, now() - @age, now() - @age) RETURNING id",
            new("author", author), new("content", content), new("age", age))).Single();

    // Matches of equal rank a minute apart, in the order the search lists them: newest first (older than now, or newer).
    private Task<List<Guid>> InsertMatchesAsync(Guid author, int count, bool newerThanNow = false) =>
        QueryAsync("""
            INSERT INTO posts (author_id, content, created_at, updated_at)
            SELECT @author, 'breakout ' || i, now() + CASE WHEN @newer THEN @count - i ELSE -i END * interval '1 minute', now()
            FROM generate_series(1, @count) i
            RETURNING id
            """, new("author", author), new("count", count), new("newer", newerThanNow));

    private async Task<List<Guid>> QueryAsync(string sql, params NpgsqlParameter[] parameters)
    {
        await using var connection = new NpgsqlConnection(Factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddRange(parameters);
        await using var reader = await command.ExecuteReaderAsync();
        var ids = new List<Guid>();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetGuid(0));
        }

        return ids;
    }
}
