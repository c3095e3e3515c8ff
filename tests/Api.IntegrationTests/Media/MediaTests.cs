using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Npgsql;
using PageShare.Api.IntegrationTests.Infrastructure;
using PageShare.TestSupport.Database;
using PageShare.TestSupport.Storage;

namespace PageShare.Api.IntegrationTests.Media;

public sealed class MediaTests(MediaApiFactory factory) : IClassFixture<MediaApiFactory>, IAsyncLifetime
{
    private const string Endpoint = "/api/v1/media/upload";
    private const string PublicPrefix = "http://localhost/storage/v1/object/public/post-media/";

    public Task InitializeAsync() => DatabaseReset.TruncateAllAsync(factory.ConnectionString);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task UploadMedia_TwoImages_Returns201WithUrlTypeSizeAndDimensions()
    {
        var userId = Guid.NewGuid();
        var png = TestImages.Png(3, 2);

        var json = await SignedIn(userId).PostAsync(Endpoint, Form(("a.png", png), ("b.gif", TestImages.Gif(7, 5))))
            .ReadJsonAsync(HttpStatusCode.Created);

        var files = json.GetProperty("files").EnumerateArray().ToList();
        files.Should().HaveCount(2);
        files[0].GetProperty("url").GetString().Should().StartWith($"{PublicPrefix}{userId:D}/").And.EndWith(".png");
        files[0].GetProperty("type").GetString().Should().Be("image/png");
        files[0].GetProperty("width").GetInt32().Should().Be(3);
        files[0].GetProperty("height").GetInt32().Should().Be(2);
        files[0].GetProperty("size").GetInt64().Should().Be(png.Length);
        files[1].GetProperty("type").GetString().Should().Be("image/gif");
        files[1].GetProperty("width").GetInt32().Should().Be(7);
        (await factory.CreateClient().GetByteArrayAsync(files[0].GetProperty("url").GetString())).Should().Equal(png);
        (await CountAsync("select count(*) from media where owner_id = @id", userId)).Should().Be(2);
    }

    [Fact]
    public async Task UploadMedia_JpegWithExifGps_StoresItWithoutMetadata()
    {
        var jpeg = TestImages.Jpeg(40, 30, exifGps: true, xmp: true, comment: true);

        var json = await SignedIn(Guid.NewGuid()).PostAsync(Endpoint, Form(("camera.jpg", jpeg))).ReadJsonAsync(HttpStatusCode.Created);

        var file = json.GetProperty("files")[0];
        var stored = await factory.CreateClient().GetByteArrayAsync(file.GetProperty("url").GetString());
        TestImages.Contains(stored, TestImages.GpsLatitudeMarker).Should().BeFalse();
        stored.Should().Equal(TestImages.Jpeg(40, 30));
        file.GetProperty("size").GetInt64().Should().Be(stored.Length);
    }

    [Fact]
    public async Task UploadMedia_WebP_IsAcceptedByContentNotName()
    {
        var json = await SignedIn(Guid.NewGuid()).PostAsync(Endpoint, Form(("photo.jpg", TestImages.WebPLossy1x1)))
            .ReadJsonAsync(HttpStatusCode.Created);

        json.GetProperty("files")[0].GetProperty("type").GetString().Should().Be("image/webp");
        json.GetProperty("files")[0].GetProperty("url").GetString().Should().EndWith(".webp");
    }

    [Fact]
    public async Task UploadMedia_FiveFiles_Returns422()
    {
        var files = Enumerable.Range(0, 5).Select(i => ($"{i}.png", TestImages.Png(2, 2))).ToArray();

        var response = await SignedIn(Guid.NewGuid()).PostAsync(Endpoint, Form(files));

        var error = await response.ShouldBeErrorAsync(HttpStatusCode.UnprocessableEntity, "VALIDATION_ERROR");
        error.GetProperty("details").GetProperty("fields").TryGetProperty("files", out _).Should().BeTrue(error.ToString());
    }

    [Fact]
    public async Task UploadMedia_NoFilesField_Returns422()
    {
        using var form = new MultipartFormDataContent { { new ByteArrayContent(TestImages.Png(2, 2)), "file", "a.png" } };

        var response = await SignedIn(Guid.NewGuid()).PostAsync(Endpoint, form);

        var error = await response.ShouldBeErrorAsync(HttpStatusCode.UnprocessableEntity, "VALIDATION_ERROR");
        error.GetProperty("details").GetProperty("fields").TryGetProperty("files", out _).Should().BeTrue(error.ToString());
    }

    [Fact]
    public async Task UploadMedia_OneFileNotAnImage_Returns415AndStoresNothing()
    {
        var userId = Guid.NewGuid();

        var response = await SignedIn(userId).PostAsync(Endpoint,
            Form(("a.png", TestImages.Png(2, 2)), ("b.png", Encoding.UTF8.GetBytes("<svg xmlns=\"http://www.w3.org/2000/svg\"/>"))));

        await response.ShouldBeErrorAsync(HttpStatusCode.UnsupportedMediaType, "UNSUPPORTED_MEDIA_TYPE");
        (await CountAsync("select count(*) from media where owner_id = @id", userId)).Should().Be(0);
        Directory.Exists(Path.Combine(factory.StorageRoot, "post-media", userId.ToString("D"))).Should().BeFalse();
    }

    [Fact]
    public async Task UploadMedia_FileJustOver5MiB_Returns413()
    {
        var big = new byte[(5 * 1024 * 1024) + 1];
        TestImages.Png(2, 2).CopyTo(big, 0);

        var response = await SignedIn(Guid.NewGuid()).PostAsync(Endpoint, Form(("big.png", big)));

        await response.ShouldBeErrorAsync(HttpStatusCode.RequestEntityTooLarge, "PAYLOAD_TOO_LARGE");
    }

    [Fact]
    public async Task UploadMedia_BodyOver20MiB_Returns413()
    {
        var files = Enumerable.Range(0, 4).Select(i => ($"{i}.png", new byte[(5 * 1024 * 1024) + (300 * 1024)])).ToArray();

        var response = await SignedIn(Guid.NewGuid()).PostAsync(Endpoint, Form(files));

        await response.ShouldBeErrorAsync(HttpStatusCode.RequestEntityTooLarge, "PAYLOAD_TOO_LARGE");
    }

    [Fact]
    public async Task UploadMedia_WithoutToken_Returns401()
    {
        var response = await factory.CreateClient().PostAsync(Endpoint, Form(("a.png", TestImages.Png(2, 2))));

        await response.ShouldBeErrorAsync(HttpStatusCode.Unauthorized, "AUTH_REQUIRED");
    }

    [Fact]
    public async Task UploadMedia_JsonBody_Returns415()
    {
        var response = await SignedIn(Guid.NewGuid()).PostAsJsonAsync(Endpoint, new { files = new[] { "x" } });

        await response.ShouldBeErrorAsync(HttpStatusCode.UnsupportedMediaType, "UNSUPPORTED_MEDIA_TYPE");
    }

    [Fact]
    public async Task CreatePost_WithUploadedMedia_ShowsMediaInOrder()
    {
        var client = SignedIn(Guid.NewGuid());
        var urls = await UploadAsync(client, TestImages.Png(3, 2), TestImages.Gif(4, 4));

        var post = await client.PostAsJsonAsync("/api/v1/posts", new { content = "", media_urls = urls.Reverse().ToArray() })
            .ReadJsonAsync(HttpStatusCode.Created);

        var media = post.GetProperty("media").EnumerateArray().ToList();
        media.Select(m => m.GetProperty("url").GetString()).Should().Equal(urls.Reverse());
        media[0].GetProperty("type").GetString().Should().Be("image/gif");
        media[1].GetProperty("width").GetInt32().Should().Be(3);
        media[1].GetProperty("height").GetInt32().Should().Be(2);
        var fetched = await factory.CreateClient().GetAsync($"/api/v1/posts/{post.GetProperty("id").GetGuid()}").ReadJsonAsync();
        fetched.GetProperty("media").GetArrayLength().Should().Be(2);
    }

    [Fact]
    public async Task CreatePost_WithAnotherUsersMedia_Returns422()
    {
        var urls = await UploadAsync(SignedIn(Guid.NewGuid()), TestImages.Png(2, 2));

        var response = await SignedIn(Guid.NewGuid()).PostAsJsonAsync("/api/v1/posts", new { content = "stolen", media_urls = urls });

        await ShouldBeFieldErrorAsync(response, "media_urls");
    }

    [Fact]
    public async Task CreatePost_WithMediaAlreadyAttached_Returns422()
    {
        var client = SignedIn(Guid.NewGuid());
        var urls = await UploadAsync(client, TestImages.Png(2, 2));
        await client.PostAsJsonAsync("/api/v1/posts", new { content = "first", media_urls = urls }).ReadJsonAsync(HttpStatusCode.Created);

        var response = await client.PostAsJsonAsync("/api/v1/posts", new { content = "again", media_urls = urls });

        await ShouldBeFieldErrorAsync(response, "media_urls");
    }

    [Fact]
    public async Task CreatePost_WithPollAndMedia_Returns422()
    {
        var client = SignedIn(Guid.NewGuid());
        var urls = await UploadAsync(client, TestImages.Png(2, 2));

        var response = await client.PostAsJsonAsync("/api/v1/posts",
            new { content = "both", media_urls = urls, poll = new { options = new[] { "a", "b" }, duration_hours = 24 } });

        await ShouldBeFieldErrorAsync(response, "poll");
    }

    [Fact]
    public async Task CreatePost_WithFiveMedia_Returns422()
    {
        var client = SignedIn(Guid.NewGuid());
        var urls = (await UploadAsync(client, TestImages.Png(2, 2), TestImages.Png(2, 2), TestImages.Png(2, 2)))
            .Concat(await UploadAsync(client, TestImages.Png(2, 2), TestImages.Png(2, 2))).ToArray();

        var response = await client.PostAsJsonAsync("/api/v1/posts", new { content = "five", media_urls = urls });

        await ShouldBeFieldErrorAsync(response, "media_urls");
    }

    [Fact]
    public async Task Document_UploadMedia_IsMultipartAndAnswers201()
    {
        var json = await factory.CreateClient().GetAsync("/openapi/v1.json").ReadJsonAsync();

        var upload = json.GetProperty("paths").GetProperty("/api/v1/media/upload").GetProperty("post");
        upload.GetProperty("operationId").GetString().Should().Be("UploadMedia");
        upload.GetProperty("requestBody").GetProperty("content").TryGetProperty("multipart/form-data", out _).Should().BeTrue(upload.ToString());
        upload.GetProperty("responses").TryGetProperty("201", out _).Should().BeTrue();
    }

    private HttpClient SignedIn(Guid userId) => factory.CreateUserClient(userId, $"user{userId.ToString("N")[..6]}@example.com");

    private static async Task<string[]> UploadAsync(HttpClient client, params byte[][] images)
    {
        var json = await client.PostAsync(Endpoint, Form(images.Select((b, i) => ($"{i}.img", b)).ToArray())).ReadJsonAsync(HttpStatusCode.Created);
        return json.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("url").GetString()!).ToArray();
    }

    private static async Task ShouldBeFieldErrorAsync(HttpResponseMessage response, string field)
    {
        var error = await response.ShouldBeErrorAsync(HttpStatusCode.UnprocessableEntity, "VALIDATION_ERROR");
        error.GetProperty("details").GetProperty("fields").TryGetProperty(field, out _).Should().BeTrue(error.ToString());
    }

    private static MultipartFormDataContent Form(params (string Name, byte[] Bytes)[] files)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, bytes) in files)
        {
            var part = new ByteArrayContent(bytes);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(part, "files", name);
        }

        return form;
    }

    private async Task<long> CountAsync(string sql, Guid id)
    {
        await using var connection = new NpgsqlConnection(factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("id", id);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
