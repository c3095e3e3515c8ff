using System.Text;
using PageShare.Infrastructure.Storage;

namespace PageShare.Infrastructure.IntegrationTests.Storage;

/// <summary>What only the local adapter must prove: nothing outside its folder can be read or written.</summary>
public sealed class LocalFileStorageTests : IDisposable
{
    private const string Bucket = "profile-pictures";

    private readonly string _parent = Path.Combine(Path.GetTempPath(), $"pageshare-local-{Guid.NewGuid():N}");
    private readonly string _root;
    private readonly LocalFileStorage _storage;

    public LocalFileStorageTests()
    {
        _root = Path.Combine(_parent, "storage");
        Directory.CreateDirectory(_root);
        // A secret beside the root and one inside it but outside the bucket: both must stay out of reach.
        File.WriteAllText(Path.Combine(_parent, "secret.txt"), "outside");
        File.WriteAllText(Path.Combine(_root, "secret.txt"), "root level");
        _storage = new LocalFileStorage(_root, "http://127.0.0.1:5080");
    }

    public static TheoryData<string, string> EvilKeys => new()
    {
        { Bucket, "../secret.txt" },
        { Bucket, "../../secret.txt" },
        { Bucket, "a/../../secret.txt" },
        { Bucket, "./secret.txt" },
        { Bucket, ".." },
        { Bucket, "..%2Fsecret.txt" },
        { Bucket, "..%2fsecret.txt" },
        { Bucket, "%2E%2E/secret.txt" },
        { Bucket, "..%5Csecret.txt" },
        { Bucket, "..\\secret.txt" },
        { Bucket, "a\\..\\..\\secret.txt" },
        { Bucket, "/etc/passwd" },
        { Bucket, "//etc/passwd" },
        { Bucket, "C:/Windows/win.ini" },
        { Bucket, "secret.txt\0.png" },
        { Bucket, "a//b" },
        { Bucket, "a/" },
        { Bucket, ".meta/x" },
        { Bucket, "a b.png" },
        { Bucket, "ü.png" },
        { "..", "secret.txt" },
        { ".", "secret.txt" },
        { ".meta", Bucket },
        { ".tmp", "x" },
        { "a/b", "c.png" },
        { "a\\b", "c.png" },
        { "%2E%2E", "secret.txt" },
        { "", "secret.txt" },
        { "bucket\0", "x" },
    };

    [Theory]
    [MemberData(nameof(EvilKeys))]
    public async Task OpenReadAsync_EvilKey_ReturnsNull(string bucket, string path) =>
        (await _storage.OpenReadAsync(bucket, path)).Should().BeNull();

    [Theory]
    [MemberData(nameof(EvilKeys))]
    public async Task UploadAsync_EvilKey_ThrowsAndWritesNothingOutsideTheBucket(string bucket, string path)
    {
        var before = Snapshot();

        var upload = () => _storage.UploadAsync(bucket, path, new MemoryStream("pwned"u8.ToArray()), "text/plain");

        await upload.Should().ThrowAsync<ArgumentException>();
        Snapshot().Should().BeEquivalentTo(before);
        File.ReadAllText(Path.Combine(_parent, "secret.txt")).Should().Be("outside");
    }

    [Theory]
    [MemberData(nameof(EvilKeys))]
    public async Task DeleteAsync_EvilKey_ThrowsAndDeletesNothing(string bucket, string path)
    {
        var delete = () => _storage.DeleteAsync(bucket, path);

        await delete.Should().ThrowAsync<ArgumentException>();
        File.Exists(Path.Combine(_parent, "secret.txt")).Should().BeTrue();
        File.Exists(Path.Combine(_root, "secret.txt")).Should().BeTrue();
    }

    [Fact]
    public async Task UploadAsync_ValidKey_WritesUnderRootBucketFolder()
    {
        await _storage.UploadAsync(Bucket, "u1/p.png", new MemoryStream([1, 2, 3]), "image/png");

        File.ReadAllBytes(Path.Combine(_root, Bucket, "u1", "p.png")).Should().Equal(1, 2, 3);
        Directory.EnumerateFiles(Path.Combine(_root, ".tmp")).Should().BeEmpty("temporary files are renamed into place");
    }

    [Theory]
    [InlineData("image/svg+xml")]
    [InlineData("text/plain; charset=utf-8")]
    [InlineData("application/vnd.example+json")]
    public async Task OpenReadAsync_AfterUpload_ReturnsTheExactContentType(string contentType)
    {
        await _storage.UploadAsync(Bucket, "u1/file.png", new MemoryStream([1]), contentType);

        await using var read = await _storage.OpenReadAsync(Bucket, "u1/file.png");

        read!.ContentType.Should().Be(contentType, "the type given at upload wins over the file extension");
    }

    [Theory]
    [InlineData("")]
    [InlineData("png")]
    [InlineData("text/html\r\nX-Injected: 1")]
    public async Task UploadAsync_InvalidContentType_Throws(string contentType)
    {
        var upload = () => _storage.UploadAsync(Bucket, "u1/x.png", new MemoryStream([1]), contentType);

        await upload.Should().ThrowAsync<ArgumentException>();
    }

    [Fact]
    public async Task DeleteAsync_LastObjectInFolder_RemovesEmptyFoldersButKeepsBucket()
    {
        await _storage.UploadAsync(Bucket, "u1/deep/p.png", new MemoryStream([1]), "image/png");

        await _storage.DeleteAsync(Bucket, "u1/deep/p.png");

        Directory.Exists(Path.Combine(_root, Bucket, "u1")).Should().BeFalse();
        Directory.Exists(Path.Combine(_root, Bucket)).Should().BeTrue();
    }

    [Fact]
    public async Task OpenReadAsync_DirectoryPath_ReturnsNull()
    {
        await _storage.UploadAsync(Bucket, "u1/p.png", new MemoryStream([1]), "image/png");

        (await _storage.OpenReadAsync(Bucket, "u1")).Should().BeNull();
    }

    [Fact]
    public void GetPublicUrl_TrailingSlashInBase_IsNotDoubled() =>
        new LocalFileStorage(_root, "https://api.example.com/").GetPublicUrl(Bucket, "u/p.png")
            .Should().Be("https://api.example.com/storage/v1/object/public/profile-pictures/u/p.png");

    public void Dispose() => Directory.Delete(_parent, recursive: true);

    private Dictionary<string, string> Snapshot() =>
        Directory.EnumerateFiles(_parent, "*", SearchOption.AllDirectories)
            .ToDictionary(f => f, f => Encoding.UTF8.GetString(File.ReadAllBytes(f)));
}
