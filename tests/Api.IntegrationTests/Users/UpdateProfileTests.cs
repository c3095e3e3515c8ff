using System.Net;
using System.Net.Http.Json;
using System.Text;
using PageShare.Api.IntegrationTests.Infrastructure;

namespace PageShare.Api.IntegrationTests.Users;

public sealed class UpdateProfileTests(PageShareApiFactory factory) : ApiTestBase(factory)
{
    [Fact]
    public async Task UpdateProfile_SomeFields_ChangesOnlyThose()
    {
        var client = SignedIn(Guid.NewGuid(), "pat@example.com");
        await client.PatchAsync("/api/v1/users/me", Json("""{"bio": "Swing trader", "interests": ["Options", "Macro"]}"""));

        var json = await client.PatchAsync("/api/v1/users/me", Json("""{"display_name": "Pat T."}""")).ReadJsonAsync();

        json.GetProperty("display_name").GetString().Should().Be("Pat T.");
        json.GetProperty("bio").GetString().Should().Be("Swing trader");
        json.GetProperty("interests").EnumerateArray().Select(e => e.GetString()).Should().Equal("Options", "Macro");
    }

    [Fact]
    public async Task UpdateProfile_ExplicitNull_ClearsNullableField()
    {
        var client = SignedIn(Guid.NewGuid());
        await client.PatchAsync("/api/v1/users/me", Json("""{"bio": "x", "timezone": "Europe/Paris"}"""));

        var json = await client.PatchAsync("/api/v1/users/me", Json("""{"bio": null}""")).ReadJsonAsync();

        json.GetProperty("bio").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null);
        json.GetProperty("timezone").GetString().Should().Be("Europe/Paris");
    }

    [Fact]
    public async Task UpdateProfile_NullDisplayName_Returns422()
    {
        var response = await SignedIn(Guid.NewGuid()).PatchAsync("/api/v1/users/me", Json("""{"display_name": null}"""));

        var error = await response.ShouldBeErrorAsync(HttpStatusCode.UnprocessableEntity, "VALIDATION_ERROR");
        error.GetProperty("details").GetProperty("fields").TryGetProperty("display_name", out _).Should().BeTrue();
    }

    [Fact]
    public async Task UpdateProfile_InvalidFields_ReportsEachSnakeCaseField()
    {
        var body = Json("""{"username": "No Spaces!", "bio": "%BIO%", "interests": ["a","b","c","d","e","f","g","h","i","j","k"]}"""
            .Replace("%BIO%", new string('b', 161), StringComparison.Ordinal));

        var response = await SignedIn(Guid.NewGuid()).PatchAsync("/api/v1/users/me", body);

        var fields = (await response.ShouldBeErrorAsync(HttpStatusCode.UnprocessableEntity, "VALIDATION_ERROR"))
            .GetProperty("details").GetProperty("fields");
        fields.EnumerateObject().Select(p => p.Name).Should().BeEquivalentTo("username", "bio", "interests");
    }

    [Fact]
    public async Task UpdateProfile_UnknownTimezone_Returns422()
    {
        var response = await SignedIn(Guid.NewGuid()).PatchAsync("/api/v1/users/me", Json("""{"timezone": "Mars/Base"}"""));

        var error = await response.ShouldBeErrorAsync(HttpStatusCode.UnprocessableEntity, "VALIDATION_ERROR");
        error.GetProperty("details").GetProperty("fields").TryGetProperty("timezone", out _).Should().BeTrue();
    }

    [Fact]
    public async Task UpdateProfile_TakenUsernameAnyCase_Returns409()
    {
        await SignedIn(Guid.NewGuid()).PatchAsync("/api/v1/users/me", Json("""{"username": "taken_name"}"""));

        var response = await SignedIn(Guid.NewGuid()).PatchAsync("/api/v1/users/me", Json("""{"username": "Taken_Name"}"""));

        await response.ShouldBeErrorAsync(HttpStatusCode.Conflict, "CONFLICT");
    }

    [Fact]
    public async Task UpdateProfile_TwoUsersRaceForOneName_ExactlyOneWins()
    {
        var clients = Enumerable.Range(0, 6).Select(_ => SignedIn(Guid.NewGuid())).ToList();
        foreach (var client in clients)
        {
            (await client.GetAsync("/api/v1/users/me")).EnsureSuccessStatusCode();
        }

        var responses = await Task.WhenAll(clients.Select(c => c.PatchAsync("/api/v1/users/me", Json("""{"username": "the_one"}"""))));

        responses.Count(r => r.StatusCode == HttpStatusCode.OK).Should().Be(1);
        responses.Count(r => r.StatusCode == HttpStatusCode.Conflict).Should().Be(5);
    }

    [Fact]
    public async Task UpdateProfile_AnonymousSession_Returns403()
    {
        var client = Factory.CreateUserClient(Guid.NewGuid(), "", isAnonymous: true);

        var response = await client.PatchAsync("/api/v1/users/me", Json("""{"bio": "hi"}"""));

        await response.ShouldBeErrorAsync(HttpStatusCode.Forbidden, "PERMISSION_DENIED");
    }

    [Fact]
    public async Task UpdateProfile_WithoutToken_Returns401()
    {
        var response = await Anonymous.PatchAsJsonAsync("/api/v1/users/me", new { bio = "x" });

        await response.ShouldBeErrorAsync(HttpStatusCode.Unauthorized, "AUTH_REQUIRED");
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");
}
