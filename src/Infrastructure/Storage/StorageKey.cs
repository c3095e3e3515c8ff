using System.Diagnostics.CodeAnalysis;

namespace PageShare.Infrastructure.Storage;

/// <summary>
/// The bucket names and object paths both adapters accept. Deliberately narrower than Supabase's own rules:
/// every segment is <c>[A-Za-z0-9._-]</c> without a leading dot, so <c>..</c>, hidden files, encoded or back
/// slashes, drive letters, NUL and absolute paths cannot even be spelled.
/// </summary>
public static class StorageKey
{
    public const int MaxBucketLength = 100;
    public const int MaxSegmentLength = 255;
    public const int MaxPathLength = 1024;

    public static bool IsValidBucket([NotNullWhen(true)] string? bucket) =>
        bucket is { Length: > 0 and <= MaxBucketLength } && IsValidSegment(bucket);

    public static bool TryParsePath([NotNullWhen(true)] string? path, [NotNullWhen(true)] out string[]? segments)
    {
        segments = null;
        if (path is not { Length: > 0 and <= MaxPathLength })
        {
            return false;
        }

        var parts = path.Split('/');
        if (!parts.All(IsValidSegment))
        {
            return false; // an empty part means a leading, trailing or doubled slash
        }

        segments = parts;
        return true;
    }

    /// <summary>Throws for a key no adapter will store; callers build keys themselves, so this is a programming error.</summary>
    public static string[] Require(string bucket, string path)
    {
        if (!IsValidBucket(bucket))
        {
            throw new ArgumentException($"'{bucket}' is not a valid bucket name.", nameof(bucket));
        }

        return TryParsePath(path, out var segments)
            ? segments
            : throw new ArgumentException("The object path has an empty, hidden or disallowed segment.", nameof(path));
    }

    /// <summary>The path for a URL: each segment escaped on its own, so a segment can never become a separator.</summary>
    public static string EscapePath(string path) => string.Join('/', path.Split('/').Select(Uri.EscapeDataString));

    private static bool IsValidSegment(string segment) =>
        segment.Length is > 0 and <= MaxSegmentLength && segment[0] != '.' && segment.All(IsAllowed);

    private static bool IsAllowed(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-';
}
