using System.Net.Http.Headers;
using System.Text;
using PageShare.Application.Common.Interfaces;
using PageShare.Application.Storage;

namespace PageShare.Infrastructure.Storage;

/// <summary>
/// Buckets as folders under one root, for development and tests: <c>{root}/{bucket}/{path}</c> holds the bytes and
/// <c>{root}/.meta/{bucket}/{path}</c> the exact content type (bucket names cannot start with a dot, so the two
/// trees never meet). Writes go through a temporary file and a rename, so a reader never sees half an object.
/// </summary>
public sealed class LocalFileStorage : IFileStorage
{
    private const string MetaFolder = ".meta";
    private const string TempFolder = ".tmp";

    private readonly string _root;
    private readonly string _publicBaseUrl;

    public LocalFileStorage(string root, string publicBaseUrl)
    {
        _root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        _publicBaseUrl = publicBaseUrl.TrimEnd('/');
    }

    public string Root => _root;

    public async Task<StoredFile> UploadAsync(string bucket, string path, Stream content, string contentType, CancellationToken cancellationToken = default)
    {
        var (file, meta) = Resolve(bucket, path) ?? throw new ArgumentException("The object key is not valid.", nameof(path));
        var type = RequireContentType(contentType);

        await WriteAtomicallyAsync(meta, target => File.WriteAllTextAsync(target, type, Encoding.UTF8, cancellationToken), cancellationToken);
        long size = 0;
        await WriteAtomicallyAsync(file, async target =>
        {
            await using var output = new FileStream(target, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true);
            await content.CopyToAsync(output, cancellationToken);
            size = output.Length;
        }, cancellationToken);

        return new StoredFile(bucket, path, GetPublicUrl(bucket, path), type, size);
    }

    public Task DeleteAsync(string bucket, string path, CancellationToken cancellationToken = default)
    {
        var (file, meta) = Resolve(bucket, path) ?? throw new ArgumentException("The object key is not valid.", nameof(path));
        DeleteIfExists(file); // delete is idempotent
        DeleteIfExists(meta);
        RemoveEmptyFolders(Path.GetDirectoryName(file)!, Path.Combine(_root, bucket));
        RemoveEmptyFolders(Path.GetDirectoryName(meta)!, Path.Combine(_root, MetaFolder, bucket));
        return Task.CompletedTask;
    }

    public string GetPublicUrl(string bucket, string path)
    {
        StorageKey.Require(bucket, path);
        return $"{_publicBaseUrl}/storage/v1/object/public/{bucket}/{StorageKey.EscapePath(path)}";
    }

    public async Task<StoredObject?> OpenReadAsync(string bucket, string path, CancellationToken cancellationToken = default)
    {
        // A key that is not valid names nothing: the same answer as a missing object, with no hint why.
        if (Resolve(bucket, path) is not { } key || !File.Exists(key.File) || !File.Exists(key.Meta))
        {
            return null;
        }

        var (file, meta) = key;

        try
        {
            var contentType = (await File.ReadAllTextAsync(meta, Encoding.UTF8, cancellationToken)).Trim();
            var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 81920, useAsync: true);
            return new StoredObject(stream, contentType, stream.Length);
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            return null; // deleted between the check and the open
        }
    }

    /// <summary>Both file names for a key, or null when the key is invalid or would land outside the root.</summary>
    internal (string File, string Meta)? Resolve(string bucket, string path)
    {
        if (!StorageKey.IsValidBucket(bucket) || !StorageKey.TryParsePath(path, out var segments))
        {
            return null;
        }

        var file = Path.GetFullPath(Path.Combine([_root, bucket, .. segments]));
        var meta = Path.GetFullPath(Path.Combine([_root, MetaFolder, bucket, .. segments]));

        // Belt and braces: the segment rules already make escaping impossible; this holds even if they change.
        return IsUnder(file, Path.Combine(_root, bucket)) && IsUnder(meta, Path.Combine(_root, MetaFolder, bucket)) ? (file, meta) : null;
    }

    private static bool IsUnder(string candidate, string folder) =>
        candidate.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static string RequireContentType(string contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var parsed) && parsed.MediaType is { } type && type.Contains('/', StringComparison.Ordinal)
            && !contentType.Any(char.IsControl)
            ? contentType.Trim()
            : throw new ArgumentException($"'{contentType}' is not a MIME type.", nameof(contentType));

    private async Task WriteAtomicallyAsync(string target, Func<string, Task> write, CancellationToken cancellationToken)
    {
        var temp = Path.Combine(_root, TempFolder, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.GetDirectoryName(temp)!);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        try
        {
            cancellationToken.ThrowIfCancellationRequested();
            await write(temp);
            File.Move(temp, target, overwrite: true);
        }
        finally
        {
            File.Delete(temp);
        }
    }

    private static void DeleteIfExists(string file)
    {
        try
        {
            File.Delete(file);
        }
        catch (DirectoryNotFoundException)
        {
            // Nothing was ever stored under this folder.
        }
    }

    private static void RemoveEmptyFolders(string folder, string stopAt)
    {
        try
        {
            while (folder.Length > stopAt.Length && IsUnder(folder, stopAt) && !Directory.EnumerateFileSystemEntries(folder).Any())
            {
                Directory.Delete(folder);
                folder = Path.GetDirectoryName(folder)!;
            }
        }
        catch (IOException)
        {
            // A concurrent upload just used the folder: leaving it is right.
        }
        catch (UnauthorizedAccessException)
        {
            // Tidying only; the object itself is gone.
        }
    }
}
