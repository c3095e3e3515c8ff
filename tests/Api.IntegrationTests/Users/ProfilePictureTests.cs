using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using PageShare.Api.IntegrationTests.Infrastructure;
using PageShare.TestSupport.Database;
using PageShare.TestSupport.Storage;

namespace PageShare.Api.IntegrationTests.Users;

public sealed class ProfilePictureTests(ProfilePictureApiFactory factory) : IClassFixture<ProfilePictureApiFactory>, IAsyncLifetime
{
    private const string Endpoint = "/api/v1/users/me/profile-picture";
    private const string PublicPrefix = "http://localhost/storage/v1/object/public/";

    public Task InitializeAsync() => DatabaseReset.TruncateAllAsync(factory.ConnectionString);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task ChangeProfilePicture_Png_Returns200AndTheUrlServesIt()
    {
        var userId = Guid.NewGuid();
        var png = TestImages.Png(3, 2);

        var url = await UploadAsync(SignedIn(userId), png, "me.png", "image/png");

        url.Should().StartWith($"{PublicPrefix}profile-pictures/{userId:D}/").And.EndWith(".png");
        using var served = await factory.CreateClient().GetAsync(url);
        served.StatusCode.Should().Be(HttpStatusCode.OK);
        served.Content.Headers.ContentType!.MediaType.Should().Be("image/png");
        served.Headers.CacheControl!.ToString().Should().Be("public, max-age=31536000, immutable");
        served.Headers.GetValues("X-Content-Type-Options").Should().Equal("nosniff");
        (await served.Content.ReadAsByteArrayAsync()).Should().Equal(png);
    }

    [Fact]
    public async Task ChangeProfilePicture_Png_ShowsOnTheProfile()
    {
        var client = SignedIn(Guid.NewGuid());
        var url = await UploadAsync(client, TestImages.Png(2, 2), "me.png", "image/png");

        var me = await client.GetAsync("/api/v1/users/me").ReadJsonAsync();

        me.GetProperty("profile_picture_url").GetString().Should().Be(url);
    }

    [Fact]
    public async Task ChangeProfilePicture_ObjectName_IsRandomNotTheFileName()
    {
        var first = await UploadAsync(SignedIn(Guid.NewGuid()), TestImages.Png(2, 2), "holiday-in-paris.png", "image/png");

        first.Should().NotContain("holiday");
        Path.GetFileNameWithoutExtension(new Uri(first).AbsolutePath).Should().MatchRegex("^[0-9a-f]{32}$");
    }

    [Fact]
    public async Task ChangeProfilePicture_Replace_DeletesTheOldObject()
    {
        var client = SignedIn(Guid.NewGuid());
        var oldUrl = await UploadAsync(client, TestImages.Png(2, 2), "a.png", "image/png");

        var newUrl = await UploadAsync(client, TestImages.Png(4, 4), "b.png", "image/png");

        newUrl.Should().NotBe(oldUrl);
        File.Exists(StoredFile(oldUrl)).Should().BeFalse();
        File.Exists(StoredFile(newUrl)).Should().BeTrue();
        await (await factory.CreateClient().GetAsync(oldUrl)).ShouldBeErrorAsync(HttpStatusCode.NotFound, "NOT_FOUND");
    }

    [Fact]
    public async Task ChangeProfilePicture_JpegWithExifGps_StoresItWithoutMetadata()
    {
        var jpeg = TestImages.Jpeg(40, 30, exifGps: true, xmp: true, comment: true);

        var url = await UploadAsync(SignedIn(Guid.NewGuid()), jpeg, "camera.jpg", "image/jpeg");

        url.Should().EndWith(".jpg");
        var stored = await File.ReadAllBytesAsync(StoredFile(url));
        TestImages.Contains(stored, TestImages.GpsLatitudeMarker).Should().BeFalse();
        stored.Should().Equal(TestImages.Jpeg(40, 30));
        (await factory.CreateClient().GetByteArrayAsync(url)).Should().Equal(stored);
    }

    [Fact]
    public async Task ChangeProfilePicture_WebP_IsAccepted()
    {
        var url = await UploadAsync(SignedIn(Guid.NewGuid()), TestImages.WebPLossy1x1, "p.webp", "image/webp");

        using var served = await factory.CreateClient().GetAsync(url);
        served.Content.Headers.ContentType!.MediaType.Should().Be("image/webp");
    }

    [Fact]
    public async Task ChangeProfilePicture_DeclaredTypeLies_TypeComesFromTheBytes()
    {
        var url = await UploadAsync(SignedIn(Guid.NewGuid()), TestImages.Png(2, 2), "photo.jpg", "image/jpeg");

        url.Should().EndWith(".png");
        using var served = await factory.CreateClient().GetAsync(url);
        served.Content.Headers.ContentType!.MediaType.Should().Be("image/png");
    }

    [Fact]
    public async Task ChangeProfilePicture_Gif_Returns415()
    {
        var response = await SignedIn(Guid.NewGuid()).PostAsync(Endpoint, Form(TestImages.Gif(2, 2), "a.gif", "image/gif"));

        await response.ShouldBeErrorAsync(HttpStatusCode.UnsupportedMediaType, "UNSUPPORTED_MEDIA_TYPE");
    }

    [Theory]
    [InlineData("text named .png", "not an image at all")]
    [InlineData("svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>")]
    [InlineData("html", "<!DOCTYPE html><html><body>hi</body></html>")]
    [InlineData("empty", "")]
    public async Task ChangeProfilePicture_NotAnImage_Returns415(string name, string content)
    {
        var response = await SignedIn(Guid.NewGuid()).PostAsync(Endpoint, Form(Encoding.UTF8.GetBytes(content), "picture.png", "image/png"));

        await response.ShouldBeErrorAsync(HttpStatusCode.UnsupportedMediaType, "UNSUPPORTED_MEDIA_TYPE");
        _ = name;
    }

    [Fact]
    public async Task ChangeProfilePicture_TruncatedPng_Returns415()
    {
        var png = TestImages.Png(10, 10);

        var response = await SignedIn(Guid.NewGuid()).PostAsync(Endpoint, Form(png[..(png.Length - 5)], "cut.png", "image/png"));

        await response.ShouldBeErrorAsync(HttpStatusCode.UnsupportedMediaType, "UNSUPPORTED_MEDIA_TYPE");
    }

    [Fact]
    public async Task ChangeProfilePicture_JustOver5MiB_Returns413()
    {
        var png = TestImages.Png(2, 2);
        var big = new byte[(5 * 1024 * 1024) + 1];
        png.CopyTo(big, 0);

        var response = await SignedIn(Guid.NewGuid()).PostAsync(Endpoint, Form(big, "big.png", "image/png"));

        await response.ShouldBeErrorAsync(HttpStatusCode.RequestEntityTooLarge, "PAYLOAD_TOO_LARGE");
    }

    [Fact]
    public async Task ChangeProfilePicture_BodyFarOverTheLimit_Returns413BeforeReading()
    {
        var response = await SignedIn(Guid.NewGuid()).PostAsync(Endpoint, Form(new byte[8 * 1024 * 1024], "huge.png", "image/png"));

        await response.ShouldBeErrorAsync(HttpStatusCode.RequestEntityTooLarge, "PAYLOAD_TOO_LARGE");
    }

    [Fact]
    public async Task ChangeProfilePicture_Exactly4096Square_IsAccepted()
    {
        var response = await SignedIn(Guid.NewGuid()).PostAsync(Endpoint, Form(TestImages.Png(4096, 4096), "max.png", "image/png"));

        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ChangeProfilePicture_5000x10Png_Returns422()
    {
        var response = await SignedIn(Guid.NewGuid()).PostAsync(Endpoint, Form(TestImages.Png(5000, 10), "wide.png", "image/png"));

        var error = await response.ShouldBeErrorAsync(HttpStatusCode.UnprocessableEntity, "VALIDATION_ERROR");
        error.GetProperty("details").GetProperty("fields").GetProperty("file")[0].GetString().Should().Contain("4096");
    }

    [Fact]
    public async Task ChangeProfilePicture_MissingFileField_Returns422()
    {
        using var form = new MultipartFormDataContent { { new StringContent("hello"), "caption" } };

        var response = await SignedIn(Guid.NewGuid()).PostAsync(Endpoint, form);

        var error = await response.ShouldBeErrorAsync(HttpStatusCode.UnprocessableEntity, "VALIDATION_ERROR");
        error.GetProperty("details").GetProperty("fields").TryGetProperty("file", out _).Should().BeTrue();
    }

    [Fact]
    public async Task ChangeProfilePicture_JsonBody_Returns415()
    {
        var response = await SignedIn(Guid.NewGuid()).PostAsync(Endpoint, new StringContent("""{"file":"x"}""", Encoding.UTF8, "application/json"));

        await response.ShouldBeErrorAsync(HttpStatusCode.UnsupportedMediaType, "UNSUPPORTED_MEDIA_TYPE");
    }

    [Fact]
    public async Task ChangeProfilePicture_WithoutToken_Returns401()
    {
        var response = await factory.CreateClient().PostAsync(Endpoint, Form(TestImages.Png(2, 2), "a.png", "image/png"));

        await response.ShouldBeErrorAsync(HttpStatusCode.Unauthorized, "AUTH_REQUIRED");
    }

    [Fact]
    public async Task ChangeProfilePicture_AnonymousSession_Returns403()
    {
        var client = factory.CreateUserClient(Guid.NewGuid(), "", isAnonymous: true);

        var response = await client.PostAsync(Endpoint, Form(TestImages.Png(2, 2), "a.png", "image/png"));

        await response.ShouldBeErrorAsync(HttpStatusCode.Forbidden, "PERMISSION_DENIED");
    }

    [Fact]
    public async Task RemoveProfilePicture_WithPicture_Returns204AndDeletesTheObject()
    {
        var client = SignedIn(Guid.NewGuid());
        var url = await UploadAsync(client, TestImages.Png(2, 2), "a.png", "image/png");

        var response = await client.DeleteAsync(Endpoint);

        response.StatusCode.Should().Be(HttpStatusCode.NoContent);
        File.Exists(StoredFile(url)).Should().BeFalse();
        var me = await client.GetAsync("/api/v1/users/me").ReadJsonAsync();
        me.GetProperty("profile_picture_url").ValueKind.Should().Be(JsonValueKind.Null);
        await (await factory.CreateClient().GetAsync(url)).ShouldBeErrorAsync(HttpStatusCode.NotFound, "NOT_FOUND");
    }

    [Fact]
    public async Task RemoveProfilePicture_WithoutPicture_Returns204()
    {
        var response = await SignedIn(Guid.NewGuid()).DeleteAsync(Endpoint);

        response.StatusCode.Should().Be(HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task RemoveProfilePicture_WithoutToken_Returns401()
    {
        var response = await factory.CreateClient().DeleteAsync(Endpoint);

        await response.ShouldBeErrorAsync(HttpStatusCode.Unauthorized, "AUTH_REQUIRED");
    }

    [Theory]
    [InlineData("/storage/v1/object/public/profile-pictures/..%2F..%2Fsecret.txt")]
    [InlineData("/storage/v1/object/public/profile-pictures/..%5Csecret.txt")]
    [InlineData("/storage/v1/object/public/profile-pictures/%2E%2E/%2E%2E/secret.txt")]
    [InlineData("/storage/v1/object/public/..%2F..%2F/secret.txt")]
    [InlineData("/storage/v1/object/public/profile-pictures/nobody/nothing.png")]
    [InlineData("/storage/v1/object/public/.meta/profile-pictures")]
    public async Task GetPublicObject_TraversalOrMissing_Returns404(string path)
    {
        Directory.CreateDirectory(factory.StorageRoot);
        await File.WriteAllTextAsync(Path.Combine(factory.StorageRoot, "secret.txt"), "secret");

        var response = await factory.CreateClient().GetAsync(new Uri(path, UriKind.Relative));

        await response.ShouldBeErrorAsync(HttpStatusCode.NotFound, "NOT_FOUND");
    }

    private HttpClient SignedIn(Guid userId) => factory.CreateUserClient(userId, $"user{userId.ToString("N")[..6]}@example.com");

    private static async Task<string> UploadAsync(HttpClient client, byte[] bytes, string fileName, string contentType)
    {
        var json = await client.PostAsync(Endpoint, Form(bytes, fileName, contentType)).ReadJsonAsync();
        return json.GetProperty("profile_picture_url").GetString()!;
    }

    private static MultipartFormDataContent Form(byte[] bytes, string fileName, string contentType)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return new MultipartFormDataContent { { file, "file", fileName } };
    }

    private string StoredFile(string url)
    {
        var relative = url[PublicPrefix.Length..];
        return Path.Combine([factory.StorageRoot, .. relative.Split('/')]);
    }
}
