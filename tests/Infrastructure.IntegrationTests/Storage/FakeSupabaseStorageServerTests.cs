using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using PageShare.TestSupport.Storage;

namespace PageShare.Infrastructure.IntegrationTests.Storage;

/// <summary>The fake must refuse what Supabase Storage refuses, the way it does, or the adapter tests would prove nothing.</summary>
public sealed class FakeSupabaseStorageServerTests : IAsyncLifetime
{
    private readonly HttpClient _client = new();
    private FakeSupabaseStorageServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeSupabaseStorageServer.StartAsync();
        _server.CreateBucket("b");
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task Upload_ExistingKeyWithoutUpsert_Returns400WithDuplicateBody()
    {
        await SendAsync(HttpMethod.Post, "/storage/v1/object/b/k.png", [1]);

        using var response = await SendAsync(HttpMethod.Post, "/storage/v1/object/b/k.png", [2]);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var body = await BodyAsync(response);
        body.GetProperty("statusCode").GetString().Should().Be("409");
        body.GetProperty("code").GetString().Should().Be("KeyAlreadyExists");
        _server.Find("b", "k.png")!.Bytes.Should().Equal(1);
    }

    [Fact]
    public async Task Upload_RealStatusesSwitch_ReturnsTheRealStatus()
    {
        _server.RealStatuses = true;
        await SendAsync(HttpMethod.Post, "/storage/v1/object/b/k.png", [1]);

        using var response = await SendAsync(HttpMethod.Post, "/storage/v1/object/b/k.png", [2]);

        response.StatusCode.Should().Be(HttpStatusCode.Conflict);
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public async Task Upload_MissingBearerOrApiKey_IsAccessDenied(bool bearer, bool apiKey)
    {
        using var response = await SendAsync(HttpMethod.Post, "/storage/v1/object/b/k.png", [1], bearer, apiKey);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await BodyAsync(response)).GetProperty("code").GetString().Should().Be("AccessDenied");
        _server.Find("b", "k.png").Should().BeNull();
    }

    [Fact]
    public async Task CreateBucket_StringSizeLimit_IsEnforcedInDecimalUnits()
    {
        using (var create = await SendAsync(HttpMethod.Post, "/storage/v1/bucket", """{"name":"small","public":true,"file_size_limit":"1KB"}"""u8.ToArray(), contentType: "application/json"))
        {
            create.StatusCode.Should().Be(HttpStatusCode.OK);
        }

        using var ok = await SendAsync(HttpMethod.Post, "/storage/v1/object/small/a", new byte[1000]);
        using var tooBig = await SendAsync(HttpMethod.Post, "/storage/v1/object/small/b", new byte[1001]);

        ok.StatusCode.Should().Be(HttpStatusCode.OK);
        (await BodyAsync(tooBig)).GetProperty("statusCode").GetString().Should().Be("413");
    }

    [Fact]
    public async Task DeleteOne_MissingObject_ReturnsNoSuchKey()
    {
        using var response = await SendAsync(HttpMethod.Delete, "/storage/v1/object/b/none.png", null);

        (await BodyAsync(response)).GetProperty("code").GetString().Should().Be("NoSuchKey");
    }

    [Fact]
    public async Task DeleteMany_Prefixes_DeletesExactNamesOnly()
    {
        await SendAsync(HttpMethod.Post, "/storage/v1/object/b/dir/a.png", [1]);
        await SendAsync(HttpMethod.Post, "/storage/v1/object/b/dir/ab.png", [1]);

        using var response = await SendAsync(HttpMethod.Delete, "/storage/v1/object/b", """{"prefixes":["dir/a.png","dir/missing.png"]}"""u8.ToArray(), contentType: "application/json");

        (await BodyAsync(response)).GetArrayLength().Should().Be(1);
        _server.Find("b", "dir/ab.png").Should().NotBeNull();
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, byte[]? body, bool bearer = true, bool apiKey = true,
        string contentType = "image/png")
    {
        using var request = new HttpRequestMessage(method, _server.Url + path);
        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        if (bearer)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _server.ServiceKey);
        }

        if (apiKey)
        {
            request.Headers.Add("apikey", _server.ServiceKey);
        }

        return await _client.SendAsync(request);
    }

    private static async Task<JsonElement> BodyAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync())).RootElement;
}
