using System.Text.Json;
using PageShare.Application.Common.Exceptions;
using PageShare.Infrastructure.Storage;
using PageShare.TestSupport.Storage;

namespace PageShare.Infrastructure.IntegrationTests.Storage;

/// <summary>The Supabase adapter's wire format and error handling, against the loopback fake.</summary>
public sealed class SupabaseFileStorageTests : IAsyncLifetime
{
    private const string Bucket = "profile-pictures";

    private readonly HttpClient _http = new();
    private FakeSupabaseStorageServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeSupabaseStorageServer.StartAsync();
        _server.CreateBucket(Bucket, fileSizeLimit: 1000, allowedMimeTypes: ["image/png", "image/jpeg", "image/webp"]);
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task UploadAsync_Always_SendsKeyHeadersUpsertTypeAndCaching()
    {
        await Storage().UploadAsync(Bucket, "u/p.png", new MemoryStream([1, 2]), "image/png");

        var request = _server.Requests.Single();
        request.Method.Should().Be("POST");
        request.Path.Should().Be("/storage/v1/object/profile-pictures/u/p.png");
        request.Header("Authorization").Should().Be($"Bearer {_server.ServiceKey}");
        request.Header("apikey").Should().Be(_server.ServiceKey);
        request.Header("x-upsert").Should().Be("true");
        request.Header("Content-Type").Should().Be("image/png");
        request.Header("Cache-Control").Should().Be(StorageCaching.Immutable);
        request.Body.Should().Equal(1, 2);
        _server.Find(Bucket, "u/p.png")!.CacheControl.Should().Be(StorageCaching.Immutable);
    }

    [Fact]
    public async Task DeleteAsync_Always_SendsExactNameInPrefixes()
    {
        await Storage().DeleteAsync(Bucket, "u/p.png");

        var request = _server.Requests.Single();
        request.Method.Should().Be("DELETE");
        request.Path.Should().Be("/storage/v1/object/profile-pictures");
        JsonDocument.Parse(request.Body).RootElement.GetProperty("prefixes").EnumerateArray().Select(e => e.GetString())
            .Should().Equal("u/p.png");
        request.Header("apikey").Should().Be(_server.ServiceKey);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task UploadAsync_OverBucketSizeLimit_ThrowsPayloadTooLarge(bool realStatuses)
    {
        _server.RealStatuses = realStatuses;

        var upload = () => Storage().UploadAsync(Bucket, "u/big.png", new MemoryStream(new byte[1001]), "image/png");

        await upload.Should().ThrowAsync<PayloadTooLargeException>();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task UploadAsync_TypeNotAllowedByBucket_ThrowsUnsupportedMediaType(bool realStatuses)
    {
        _server.RealStatuses = realStatuses;

        var upload = () => Storage().UploadAsync(Bucket, "u/x.gif", new MemoryStream([1]), "image/gif");

        await upload.Should().ThrowAsync<UnsupportedMediaTypeException>();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task UploadAsync_MissingBucket_ThrowsWithBodyStatusAndCode(bool realStatuses)
    {
        _server.RealStatuses = realStatuses;

        var upload = () => Storage().UploadAsync("no-such-bucket", "u/p.png", new MemoryStream([1]), "image/png");

        var error = (await upload.Should().ThrowAsync<SupabaseStorageException>()).Which;
        error.Status.Should().Be(404);
        error.Code.Should().Be("NoSuchBucket");
        error.Message.Should().Contain("no-such-bucket").And.Contain("NoSuchBucket");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task UploadAsync_WrongKey_ThrowsAccessDeniedWithoutTheKey(bool realStatuses)
    {
        _server.RealStatuses = realStatuses;
        const string wrongKey = "sb_secret_wrong-key-value";

        var upload = () => Storage(wrongKey).UploadAsync(Bucket, "u/p.png", new MemoryStream([1]), "image/png");

        var error = (await upload.Should().ThrowAsync<SupabaseStorageException>()).Which;
        error.Status.Should().Be(403);
        error.ToString().Should().NotContain(wrongKey);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task DeleteAsync_MissingBucket_IsTreatedAsAlreadyGone(bool realStatuses)
    {
        _server.RealStatuses = realStatuses;

        var delete = () => Storage().DeleteAsync("no-such-bucket", "u/p.png");

        await delete.Should().NotThrowAsync();
    }

    [Fact]
    public async Task DeleteAsync_NotFoundInLegacyBody_Succeeds()
    {
        _server.EnqueueResponse(400, """{"httpStatusCode":404,"code":"not_found","message":"Object not found"}""");

        var delete = () => Storage().DeleteAsync(Bucket, "u/p.png");

        await delete.Should().NotThrowAsync();
    }

    [Fact]
    public async Task UploadAsync_GatewayPlainTextTooLarge_FallsBackToHttpStatus()
    {
        _server.EnqueueResponse(413, "<html><body>413 Request Entity Too Large</body></html>", "text/html");

        var upload = () => Storage().UploadAsync(Bucket, "u/p.png", new MemoryStream([1]), "image/png");

        await upload.Should().ThrowAsync<PayloadTooLargeException>();
    }

    [Fact]
    public async Task UploadAsync_OneTransientFailure_IsRetriedOnce()
    {
        _server.EnqueueResponse(503, """{"message":"upstream unavailable"}""");

        await Storage().UploadAsync(Bucket, "u/p.png", new MemoryStream([7]), "image/png");

        _server.Requests.Should().HaveCount(2);
        _server.Find(Bucket, "u/p.png")!.Bytes.Should().Equal(7);
    }

    [Fact]
    public async Task UploadAsync_TwoTransientFailures_ThrowsAfterOneRetry()
    {
        _server.EnqueueResponse(503, """{"message":"upstream unavailable"}""");
        _server.EnqueueResponse(503, """{"message":"upstream unavailable"}""");

        var upload = () => Storage().UploadAsync(Bucket, "u/p.png", new MemoryStream([7]), "image/png");

        (await upload.Should().ThrowAsync<SupabaseStorageException>()).Which.Status.Should().Be(503);
        _server.Requests.Should().HaveCount(2);
    }

    [Fact]
    public async Task UploadAsync_ClientErrorInBody_IsNotRetried()
    {
        var upload = () => Storage().UploadAsync("no-such-bucket", "u/p.png", new MemoryStream([1]), "image/png");

        await upload.Should().ThrowAsync<SupabaseStorageException>();
        _server.Requests.Should().ContainSingle();
    }

    [Fact]
    public async Task UploadAsync_SlowFirstAttempt_TimesOutAndRetries()
    {
        _server.EnqueueDelay(TimeSpan.FromSeconds(5));

        await Storage(timeout: TimeSpan.FromMilliseconds(500)).UploadAsync(Bucket, "u/p.png", new MemoryStream([9]), "image/png");

        _server.Find(Bucket, "u/p.png")!.Bytes.Should().Equal(9);
    }

    [Fact]
    public async Task UploadAsync_EveryAttemptTooSlow_ThrowsTimeout()
    {
        _server.EnqueueDelay(TimeSpan.FromSeconds(5));
        _server.EnqueueDelay(TimeSpan.FromSeconds(5));

        var upload = () => Storage(timeout: TimeSpan.FromMilliseconds(300)).UploadAsync(Bucket, "u/p.png", new MemoryStream([9]), "image/png");

        (await upload.Should().ThrowAsync<SupabaseStorageException>()).Which.Message.Should().Contain("timed out");
    }

    [Fact]
    public async Task OpenReadAsync_StoredObject_ReturnsStoredContentType()
    {
        await Storage().UploadAsync(Bucket, "u/p.webp", new MemoryStream([5, 6]), "image/webp");

        await using var read = await Storage().OpenReadAsync(Bucket, "u/p.webp");

        read!.ContentType.Should().Be("image/webp");
    }

    [Fact]
    public void Settings_ToString_DoesNotRevealTheKey() =>
        new SupabaseStorageSettings(new Uri("https://abc.supabase.co"), "secret-key-123", TimeSpan.FromSeconds(1)).ToString()
            .Should().NotContain("secret-key-123");

    private SupabaseFileStorage Storage(string? key = null, TimeSpan? timeout = null) =>
        new(_http, new SupabaseStorageSettings(new Uri(_server.Url), key ?? _server.ServiceKey, timeout ?? TimeSpan.FromSeconds(5)));
}
