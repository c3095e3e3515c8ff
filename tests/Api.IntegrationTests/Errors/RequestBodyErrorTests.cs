using System.Net;
using System.Text;
using PageShare.Api.IntegrationTests.Infrastructure;

namespace PageShare.Api.IntegrationTests.Errors;

public sealed class RequestBodyErrorTests(PageShareApiFactory factory) : ApiTestBase(factory)
{
    [Fact]
    public async Task Patch_MalformedJson_Returns422()
    {
        var response = await SignedIn(Guid.NewGuid()).PatchAsync("/api/v1/users/me", Json("{\"bio\": "));

        await response.ShouldBeErrorAsync(HttpStatusCode.UnprocessableEntity, "VALIDATION_ERROR");
    }

    [Fact]
    public async Task Patch_WrongFieldType_Returns422NamingTheField()
    {
        var response = await SignedIn(Guid.NewGuid()).PatchAsync("/api/v1/users/me", Json("{\"display_name\": 5}"));

        var error = await response.ShouldBeErrorAsync(HttpStatusCode.UnprocessableEntity, "VALIDATION_ERROR");
        error.GetProperty("details").GetProperty("fields").TryGetProperty("display_name", out _).Should().BeTrue(error.ToString());
    }

    [Fact]
    public async Task Patch_NotJson_Returns415()
    {
        var response = await SignedIn(Guid.NewGuid()).PatchAsync("/api/v1/users/me",
            new StringContent("bio=hello", Encoding.UTF8, "application/x-www-form-urlencoded"));

        await response.ShouldBeErrorAsync(HttpStatusCode.UnsupportedMediaType, "UNSUPPORTED_MEDIA_TYPE");
    }

    [Fact]
    public async Task Patch_BodyOver64KiB_Returns413()
    {
        var body = "{\"bio\": \"" + new string('x', 70 * 1024) + "\"}";

        var response = await SignedIn(Guid.NewGuid()).PatchAsync("/api/v1/users/me", Json(body));

        await response.ShouldBeErrorAsync(HttpStatusCode.RequestEntityTooLarge, "PAYLOAD_TOO_LARGE");
    }

    [Fact]
    public async Task Patch_EmptyBody_Returns422()
    {
        var response = await SignedIn(Guid.NewGuid()).PatchAsync("/api/v1/users/me", Json(""));

        await response.ShouldBeErrorAsync(HttpStatusCode.UnprocessableEntity, "VALIDATION_ERROR");
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");
}
