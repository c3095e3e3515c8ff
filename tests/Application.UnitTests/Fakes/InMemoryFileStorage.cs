using PageShare.Application.Common.Interfaces;
using PageShare.Application.Storage;

namespace PageShare.Application.UnitTests.Fakes;

internal sealed class InMemoryFileStorage : IFileStorage
{
    public Dictionary<string, byte[]> Objects { get; } = [];

    public async Task<StoredFile> UploadAsync(string bucket, string path, Stream content, string contentType, CancellationToken cancellationToken = default)
    {
        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, cancellationToken);
        Objects[$"{bucket}/{path}"] = buffer.ToArray();
        return new StoredFile(bucket, path, GetPublicUrl(bucket, path), contentType, buffer.Length);
    }

    public Task DeleteAsync(string bucket, string path, CancellationToken cancellationToken = default)
    {
        Objects.Remove($"{bucket}/{path}");
        return Task.CompletedTask;
    }

    public string GetPublicUrl(string bucket, string path) => $"https://files.test/{bucket}/{path}";

    public Task<StoredObject?> OpenReadAsync(string bucket, string path, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();
}
