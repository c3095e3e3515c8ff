using System.Collections.Concurrent;

namespace PageShare.TestSupport.Storage;

/// <summary>A bucket of the fake Supabase Storage and its limits.</summary>
public sealed class FakeStorageBucket(string name, bool isPublic, long? fileSizeLimit, IReadOnlyList<string>? allowedMimeTypes)
{
    public string Name { get; } = name;

    public bool IsPublic { get; } = isPublic;

    public long? FileSizeLimit { get; } = fileSizeLimit;

    public IReadOnlyList<string>? AllowedMimeTypes { get; } = allowedMimeTypes;

    public ConcurrentDictionary<string, FakeStorageObject> Objects { get; } = new(StringComparer.Ordinal);

    /// <summary>Storage compares the bare MIME type, and <c>image/*</c> matches any subtype (EXTERNAL_SERVICES.md 2.2).</summary>
    public bool Allows(string contentType)
    {
        if (AllowedMimeTypes is not { Count: > 0 })
        {
            return true;
        }

        var type = contentType.Split(';')[0].Trim();
        return AllowedMimeTypes.Any(allowed => allowed.EndsWith("/*", StringComparison.Ordinal)
            ? type.StartsWith(allowed[..^1], StringComparison.OrdinalIgnoreCase)
            : string.Equals(allowed, type, StringComparison.OrdinalIgnoreCase));
    }
}
