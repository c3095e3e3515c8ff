using System.Net;
using System.Net.Http.Json;
using Npgsql;
using PageShare.Api.IntegrationTests.Infrastructure;

namespace PageShare.Api.IntegrationTests.Follows;

/// <summary>Signed-in users with a profile row, and content filters written straight to the table.</summary>
internal static class SocialTestData
{
    public static async Task<TestUser> UserAsync(PageShareApiFactory factory)
    {
        var id = Guid.NewGuid();
        var client = factory.CreateUserClient(id, $"user{id.ToString("N")[..8]}@example.com");
        (await client.GetAsync("/api/v1/users/me")).EnsureSuccessStatusCode();
        return new TestUser(id, client);
    }

    /// <summary>Inserts a content_filters row, as the block and mute endpoints will.</summary>
    public static async Task FilterAsync(PageShareApiFactory factory, Guid userId, Guid targetUserId, string kind = "block")
    {
        await using var connection = new NpgsqlConnection(factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "insert into content_filters (user_id, target_user_id, kind) values (@u, @t, @k)", connection);
        command.Parameters.AddWithValue("u", userId);
        command.Parameters.AddWithValue("t", targetUserId);
        command.Parameters.AddWithValue("k", kind);
        await command.ExecuteNonQueryAsync();
    }

    public static async Task FollowAsync(this TestUser follower, TestUser followee) =>
        await follower.Client.PostAsync($"/api/v1/users/{followee.Id}/follow", null).ReadJsonAsync();

    public static async Task<Guid> PostAsync(this TestUser author, string content) =>
        (await author.Client.PostAsJsonAsync("/api/v1/posts", new { content }).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
}
