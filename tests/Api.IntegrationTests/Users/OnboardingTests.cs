using System.Net;
using System.Net.Http.Json;
using PageShare.Api.IntegrationTests.Infrastructure;

namespace PageShare.Api.IntegrationTests.Users;

public sealed class OnboardingTests(PageShareApiFactory factory) : ApiTestBase(factory)
{
    [Fact]
    public async Task CompleteOnboarding_ValidBody_SetsProfileAndFlag()
    {
        var client = SignedIn(Guid.NewGuid());

        var json = await client.PostAsJsonAsync("/api/v1/users/me/onboarding", new
        {
            username = "Macro_Mike",
            display_name = "Mike",
            bio = "Rates and FX",
            interests = new[] { "Macro", "FX" },
            timezone = "America/Chicago",
        }).ReadJsonAsync();

        json.GetProperty("username").GetString().Should().Be("macro_mike");
        json.GetProperty("display_name").GetString().Should().Be("Mike");
        json.GetProperty("onboarding_completed").GetBoolean().Should().BeTrue();
        json.GetProperty("timezone").GetString().Should().Be("America/Chicago");
        json.GetProperty("interests").GetArrayLength().Should().Be(2);
    }

    [Fact]
    public async Task CompleteOnboarding_TakenUsername_Returns409()
    {
        await SignedIn(Guid.NewGuid()).PostAsJsonAsync("/api/v1/users/me/onboarding",
            new { username = "first_come", display_name = "A", interests = Array.Empty<string>(), timezone = "UTC" });

        var response = await SignedIn(Guid.NewGuid()).PostAsJsonAsync("/api/v1/users/me/onboarding",
            new { username = "FIRST_COME", display_name = "B", interests = Array.Empty<string>(), timezone = "UTC" });

        await response.ShouldBeErrorAsync(HttpStatusCode.Conflict, "CONFLICT");
    }

    [Fact]
    public async Task CompleteOnboarding_InvalidFields_Returns422PerField()
    {
        var response = await SignedIn(Guid.NewGuid()).PostAsJsonAsync("/api/v1/users/me/onboarding",
            new { username = "x", display_name = "", interests = new[] { "" }, timezone = "UTC" });

        var fields = (await response.ShouldBeErrorAsync(HttpStatusCode.UnprocessableEntity, "VALIDATION_ERROR"))
            .GetProperty("details").GetProperty("fields");
        fields.EnumerateObject().Select(f => f.Name).Should().Contain(["username", "display_name", "interests[0]"]);
    }

    [Fact]
    public async Task CompleteOnboarding_UnknownTimezone_Returns422()
    {
        var response = await SignedIn(Guid.NewGuid()).PostAsJsonAsync("/api/v1/users/me/onboarding",
            new { username = "tz_user", display_name = "T", interests = Array.Empty<string>(), timezone = "Moon/Crater" });

        var error = await response.ShouldBeErrorAsync(HttpStatusCode.UnprocessableEntity, "VALIDATION_ERROR");
        error.GetProperty("details").GetProperty("fields").TryGetProperty("timezone", out _).Should().BeTrue();
    }

    [Fact]
    public async Task CompleteOnboarding_NeverStoresTheRawIp()
    {
        var userId = Guid.NewGuid();
        await SignedIn(userId).PostAsJsonAsync("/api/v1/users/me/onboarding",
            new { username = "private_pat", display_name = "P", interests = Array.Empty<string>(), timezone = "UTC" });

        await using var connection = new Npgsql.NpgsqlConnection(Factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand("SELECT row_to_json(u)::text FROM users u WHERE id = @id", connection);
        command.Parameters.AddWithValue("id", userId);
        var row = (string)(await command.ExecuteScalarAsync())!;

        row.Should().NotContain("127.0.0.1").And.NotContain("::1");
    }
}
