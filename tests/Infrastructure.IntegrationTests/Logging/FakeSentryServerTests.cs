using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using PageShare.TestSupport.Sentry;

namespace PageShare.Infrastructure.IntegrationTests.Logging;

/// <summary>The fake must refuse what Relay refuses, or the sink tests would prove nothing.</summary>
public sealed class FakeSentryServerTests : IAsyncLifetime
{
    private const string Auth = $"Sentry sentry_version=7,sentry_client=test/1.0,sentry_key={FakeSentryServer.DefaultPublicKey}";
    private const string ValidEnvelope =
        "{\"event_id\":\"9ec79c33ec9942ab8353589fcb2e04dc\"}\n{\"type\":\"event\"}\n{\"message\":\"newline-bounded\"}\n";

    private readonly HttpClient _client = new();
    private FakeSentryServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeSentryServer.StartAsync();

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task Post_NewlineBoundedItem_IsAcceptedWithEventId()
    {
        using var response = await PostAsync(ValidEnvelope, Auth, gzip: false);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Be("{\"id\":\"9ec79c33ec9942ab8353589fcb2e04dc\"}");
        _server.Envelopes.Single().Event!.Value.GetProperty("message").GetString().Should().Be("newline-bounded");
    }

    [Fact]
    public async Task Post_QueryStringKey_IsAccepted()
    {
        using var response = await PostAsync(ValidEnvelope, auth: null, gzip: true, query: $"?sentry_version=7&sentry_key={FakeSentryServer.DefaultPublicKey}");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Sentry sentry_version=7,sentry_key=other")]
    [InlineData("Bearer x")]
    public async Task Post_MissingOrWrongAuth_Returns401(string? auth)
    {
        using var response = await PostAsync(ValidEnvelope, auth, gzip: true);

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        _server.Envelopes.Should().BeEmpty();
    }

    [Theory]
    [InlineData("not json\n{\"type\":\"event\"}\n{}")]
    [InlineData("{}\n{\"type\":\"event\"}\n{}")]
    [InlineData("{\"event_id\":\"9ec79c33ec9942ab8353589fcb2e04dc\"}\n{\"length\":2}\n{}")]
    [InlineData("{\"event_id\":\"9ec79c33ec9942ab8353589fcb2e04dc\"}\n{\"type\":\"event\",\"length\":50}\n{}")]
    [InlineData("{\"event_id\":\"9ec79c33ec9942ab8353589fcb2e04dc\"}\n{\"type\":\"event\",\"length\":1}\n{}")]
    public async Task Post_MalformedEnvelope_Returns400(string body)
    {
        using var response = await PostAsync(body, Auth, gzip: true);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        _server.Envelopes.Should().BeEmpty();
    }

    [Fact]
    public async Task Post_ClaimsGzipButIsNot_Returns400()
    {
        using var content = new StringContent(ValidEnvelope);
        content.Headers.ContentEncoding.Add("gzip");
        using var request = new HttpRequestMessage(HttpMethod.Post, Endpoint(string.Empty)) { Content = content };
        request.Headers.TryAddWithoutValidation("X-Sentry-Auth", Auth);

        using var response = await _client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    private async Task<HttpResponseMessage> PostAsync(string body, string? auth, bool gzip, string query = "")
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        if (gzip)
        {
            using var buffer = new MemoryStream();
            using (var stream = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
            {
                stream.Write(bytes);
            }

            bytes = buffer.ToArray();
        }

        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-sentry-envelope");
        if (gzip)
        {
            content.Headers.ContentEncoding.Add("gzip");
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, Endpoint(query)) { Content = content };
        if (auth is not null)
        {
            request.Headers.TryAddWithoutValidation("X-Sentry-Auth", auth);
        }

        return await _client.SendAsync(request);
    }

    private Uri Endpoint(string query)
    {
        var dsn = new Uri(_server.Dsn);
        return new Uri($"http://127.0.0.1:{dsn.Port}/api/{FakeSentryServer.DefaultProjectId}/envelope/{query}");
    }
}
