using System.Text;
using PageShare.Application.Common.Interfaces;

namespace PageShare.Infrastructure.IntegrationTests.Storage;

/// <summary>
/// The behaviour every <see cref="IFileStorage"/> adapter promises, run against each of them, so that the local
/// adapter used in development cannot drift from Supabase's.
/// </summary>
public abstract class FileStorageContractTests : IAsyncLifetime
{
    protected const string Bucket = "profile-pictures";

    private IFileStorage? _storage;

    protected IFileStorage Storage => _storage ?? throw new InvalidOperationException("Not initialised.");

    /// <summary>What every public URL starts with: <c>{base}/storage/v1/object/public/</c>.</summary>
    protected abstract string ExpectedPublicUrlPrefix { get; }

    public async Task InitializeAsync() => _storage = await CreateStorageAsync();

    public abstract Task DisposeAsync();

    protected abstract Task<IFileStorage> CreateStorageAsync();

    [Fact]
    public async Task UploadAsync_ThenOpenRead_ReturnsSameBytesAndContentType()
    {
        var bytes = Enumerable.Range(0, 3000).Select(i => (byte)(i % 251)).ToArray();

        var stored = await Storage.UploadAsync(Bucket, "user-1/a.png", new MemoryStream(bytes), "image/png");

        stored.Size.Should().Be(bytes.Length);
        stored.PublicUrl.Should().Be(Storage.GetPublicUrl(Bucket, "user-1/a.png"));
        await using var read = await Storage.OpenReadAsync(Bucket, "user-1/a.png");
        read.Should().NotBeNull();
        read!.ContentType.Should().Be("image/png");
        (await ReadAllAsync(read.Content)).Should().Equal(bytes);
    }

    [Fact]
    public async Task UploadAsync_SamePathTwice_ReplacesBytesAndType()
    {
        await Storage.UploadAsync(Bucket, "u/pic", Text("first"), "image/png");

        await Storage.UploadAsync(Bucket, "u/pic", Text("second"), "image/webp");

        await using var read = await Storage.OpenReadAsync(Bucket, "u/pic");
        read!.ContentType.Should().Be("image/webp");
        Encoding.UTF8.GetString(await ReadAllAsync(read.Content)).Should().Be("second");
    }

    [Fact]
    public async Task DeleteAsync_ExistingObject_MakesItUnreadable()
    {
        await Storage.UploadAsync(Bucket, "u/gone.jpg", Text("x"), "image/jpeg");

        await Storage.DeleteAsync(Bucket, "u/gone.jpg");

        (await Storage.OpenReadAsync(Bucket, "u/gone.jpg")).Should().BeNull();
    }

    [Fact]
    public async Task DeleteAsync_MissingObject_Succeeds()
    {
        var delete = () => Storage.DeleteAsync(Bucket, "u/never-existed.png");

        await delete.Should().NotThrowAsync();
    }

    [Fact]
    public async Task DeleteAsync_OneObject_LeavesItsNeighbours()
    {
        await Storage.UploadAsync(Bucket, "u/one.png", Text("1"), "image/png");
        await Storage.UploadAsync(Bucket, "u/one.png.bak", Text("2"), "image/png");

        await Storage.DeleteAsync(Bucket, "u/one.png");

        (await Storage.OpenReadAsync(Bucket, "u/one.png.bak")).Should().NotBeNull();
    }

    [Fact]
    public async Task OpenReadAsync_MissingObject_ReturnsNull() =>
        (await Storage.OpenReadAsync(Bucket, "nobody/nothing.png")).Should().BeNull();

    [Fact]
    public void GetPublicUrl_NestedPath_HasSupabasePublicShape() =>
        Storage.GetPublicUrl(Bucket, "3f2a/b/c.webp").Should().Be($"{ExpectedPublicUrlPrefix}{Bucket}/3f2a/b/c.webp");

    [Fact]
    public async Task UploadAsync_DeeplyNestedPath_RoundTrips()
    {
        const string path = "a/b/c/d/e_f-g.h.png";

        await Storage.UploadAsync(Bucket, path, Text("deep"), "image/png");

        await using var read = await Storage.OpenReadAsync(Bucket, path);
        Encoding.UTF8.GetString(await ReadAllAsync(read!.Content)).Should().Be("deep");
    }

    [Theory]
    [InlineData("../escape.png")]
    [InlineData("a/../../escape.png")]
    [InlineData("/absolute.png")]
    [InlineData("a//b.png")]
    [InlineData("a%2Fb.png")]
    [InlineData("a\\b.png")]
    [InlineData(".hidden")]
    [InlineData("")]
    public async Task UploadAsync_UnsafePath_Throws(string path)
    {
        var upload = () => Storage.UploadAsync(Bucket, path, Text("x"), "image/png");

        await upload.Should().ThrowAsync<ArgumentException>();
    }

    protected static MemoryStream Text(string text) => new(Encoding.UTF8.GetBytes(text));

    protected static async Task<byte[]> ReadAllAsync(Stream stream)
    {
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return copy.ToArray();
    }
}
