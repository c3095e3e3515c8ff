using PageShare.Application.Storage;

namespace PageShare.Application.Common.Interfaces;

/// <summary>
/// Object storage with Supabase Storage's model: buckets of objects keyed by a relative path with <c>/</c>
/// separators (<c>{userId}/{guid}.png</c>). Supabase in production, a local folder in development and tests.
/// </summary>
public interface IFileStorage
{
    /// <summary>Stores <paramref name="content"/> at the path, replacing any object already there (upsert).</summary>
    Task<StoredFile> UploadAsync(string bucket, string path, Stream content, string contentType, CancellationToken cancellationToken = default);

    /// <summary>Deletes the object; deleting an object that does not exist succeeds.</summary>
    Task DeleteAsync(string bucket, string path, CancellationToken cancellationToken = default);

    /// <summary>The URL anyone can read the object from: <c>{base}/storage/v1/object/public/{bucket}/{path}</c>.</summary>
    string GetPublicUrl(string bucket, string path);

    /// <summary>Opens the object for reading, or null when it does not exist. The caller disposes the result.</summary>
    Task<StoredObject?> OpenReadAsync(string bucket, string path, CancellationToken cancellationToken = default);
}
