using System.Net;
using System.Text.Json;

namespace PageShare.Api.IntegrationTests.Infrastructure;

internal static class ErrorAssertions
{
    /// <summary>Asserts the status and the envelope of API.md, and returns the parsed <c>error</c> object.</summary>
    public static async Task<JsonElement> ShouldBeErrorAsync(this HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(status, body);
        response.Content.Headers.ContentType?.MediaType.Should().Be("application/json");
        var error = JsonDocument.Parse(body).RootElement.GetProperty("error");
        error.GetProperty("code").GetString().Should().Be(code);
        error.GetProperty("message").GetString().Should().NotBeNullOrWhiteSpace();
        var requestId = error.GetProperty("request_id").GetString();
        requestId.Should().NotBeNullOrEmpty();
        response.Headers.GetValues("X-Request-ID").Should().ContainSingle().Which.Should().Be(requestId);
        return error;
    }

    public static async Task<JsonElement> ReadJsonAsync(this HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(expected, body);
        return JsonDocument.Parse(body).RootElement;
    }
}

internal static class ResponseTaskExtensions
{
    public static async Task<System.Text.Json.JsonElement> ReadJsonAsync(this Task<HttpResponseMessage> response,
        System.Net.HttpStatusCode expected = System.Net.HttpStatusCode.OK) =>
        await (await response).ReadJsonAsync(expected);
}
