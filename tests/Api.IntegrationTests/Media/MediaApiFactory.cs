using PageShare.Api.IntegrationTests.Infrastructure;

namespace PageShare.Api.IntegrationTests.Media;

/// <summary>The API with local storage in a temporary folder, and public URLs on the test server's own origin.</summary>
public sealed class MediaApiFactory : PageShareApiFactory
{
    public string StorageRoot { get; } = Path.Combine(Path.GetTempPath(), $"pageshare-api-media-{Guid.NewGuid():N}");

    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["STORAGE_LOCAL_PATH"] = StorageRoot,
        ["PUBLIC_BASE_URL"] = "http://localhost",
    };

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(StorageRoot))
        {
            Directory.Delete(StorageRoot, recursive: true);
        }
    }
}
