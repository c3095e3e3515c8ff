using System.Net;
using Npgsql;
using PageShare.Api.IntegrationTests.Infrastructure;

namespace PageShare.Api.IntegrationTests.Users;

public sealed class CurrentUserTests(PageShareApiFactory factory) : ApiTestBase(factory)
{
    [Fact]
    public async Task GetCurrentUser_FirstCall_ProvisionsProfileFromEmail()
    {
        var userId = Guid.NewGuid();

        var json = await SignedIn(userId, "Jane.Doe@example.com").GetAsync("/api/v1/users/me").ReadJsonAsync();

        json.GetProperty("id").GetGuid().Should().Be(userId);
        json.GetProperty("username").GetString().Should().Be("jane_doe");
        json.GetProperty("email").GetString().Should().Be("Jane.Doe@example.com");
        json.GetProperty("role").GetString().Should().Be("user");
        json.GetProperty("onboarding_completed").GetBoolean().Should().BeFalse();
        json.GetProperty("followers_count").GetInt32().Should().Be(0);
        json.GetProperty("following_count").GetInt32().Should().Be(0);
        json.GetProperty("posts_count").GetInt32().Should().Be(0);
        json.GetProperty("interests").GetArrayLength().Should().Be(0);
        json.GetProperty("created_at").GetString().Should().EndWith("Z");
        json.TryGetProperty("createdAt", out _).Should().BeFalse();
    }

    [Fact]
    public async Task GetCurrentUser_TwoUsersSameEmailPrefix_GetDistinctUsernames()
    {
        var first = await SignedIn(Guid.NewGuid(), "sam@one.com").GetAsync("/api/v1/users/me").ReadJsonAsync();
        var second = await SignedIn(Guid.NewGuid(), "sam@two.com").GetAsync("/api/v1/users/me").ReadJsonAsync();

        first.GetProperty("username").GetString().Should().Be("sam");
        second.GetProperty("username").GetString().Should().StartWith("sam_").And.NotBe("sam");
    }

    [Fact]
    public async Task GetCurrentUser_ConcurrentFirstCalls_CreateExactlyOneRow()
    {
        var userId = Guid.NewGuid();
        var clients = Enumerable.Range(0, 8).Select(_ => SignedIn(userId, "racer@example.com")).ToList();

        var responses = await Task.WhenAll(clients.Select(c => c.GetAsync("/api/v1/users/me")));

        responses.Should().OnlyContain(r => r.StatusCode == HttpStatusCode.OK);
        (await CountUsersAsync(userId)).Should().Be(1);
    }

    [Fact]
    public async Task GetCurrentUser_ConcurrentNewUsersSameName_AllProvisionedWithUniqueNames()
    {
        var ids = Enumerable.Range(0, 6).Select(_ => Guid.NewGuid()).ToList();

        var responses = await Task.WhenAll(ids.Select(id => SignedIn(id, "same@example.com").GetAsync("/api/v1/users/me")));

        var names = new List<string>();
        foreach (var response in responses)
        {
            names.Add((await response.ReadJsonAsync()).GetProperty("username").GetString()!);
        }

        names.Should().OnlyHaveUniqueItems().And.Contain("same");
    }

    [Fact]
    public async Task GetCurrentUser_AnonymousSignIn_MayRead()
    {
        var client = Factory.CreateUserClient(Guid.NewGuid(), email: "", isAnonymous: true);

        var json = await client.GetAsync("/api/v1/users/me").ReadJsonAsync();

        json.GetProperty("is_anonymous").GetBoolean().Should().BeTrue();
        json.GetProperty("username").GetString().Should().StartWith("guest");
    }

    [Fact]
    public async Task GetCurrentUser_WithoutToken_Returns401()
    {
        var response = await Anonymous.GetAsync("/api/v1/users/me");

        await response.ShouldBeErrorAsync(HttpStatusCode.Unauthorized, "AUTH_REQUIRED");
    }

    private async Task<long> CountUsersAsync(Guid userId)
    {
        await using var connection = new NpgsqlConnection(Factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM users WHERE id = @id", connection);
        command.Parameters.AddWithValue("id", userId);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
