using System.Globalization;
using Microsoft.Extensions.Configuration;
using PageShare.Application.Storage;

namespace PageShare.Infrastructure.Storage;

/// <summary>
/// Storage configuration. <c>SUPABASE_SERVICE_ROLE_KEY</c> set: Supabase Storage at <c>SUPABASE_URL</c>.
/// Unset: files under <c>STORAGE_LOCAL_PATH</c> (default <c>{content root}/.local/storage</c>), with public URLs
/// under <c>PUBLIC_BASE_URL</c> (default <c>http://127.0.0.1:5080</c>).
/// </summary>
public sealed class StorageOptions
{
    public const string DefaultPublicBaseUrl = "http://127.0.0.1:5080";

    private StorageOptions(StorageProvider provider, StorageBuckets buckets, string localRoot, string publicBaseUrl, SupabaseStorageSettings? supabase)
    {
        Provider = provider;
        Buckets = buckets;
        LocalRoot = localRoot;
        PublicBaseUrl = publicBaseUrl;
        Supabase = supabase;
    }

    public StorageProvider Provider { get; }

    public StorageBuckets Buckets { get; }

    /// <summary>Absolute folder of the local adapter.</summary>
    public string LocalRoot { get; }

    /// <summary>Origin (and optional path) the API is reachable at, for local public URLs; no trailing slash.</summary>
    public string PublicBaseUrl { get; }

    public SupabaseStorageSettings? Supabase { get; }

    public static StorageOptions FromConfiguration(IConfiguration configuration, string contentRootPath)
    {
        var buckets = new StorageBuckets(
            Bucket(configuration, "SUPABASE_STORAGE_BUCKET", StorageBuckets.DefaultProfilePictures),
            Bucket(configuration, "SUPABASE_MEDIA_BUCKET", StorageBuckets.DefaultMedia));

        var localRoot = Path.GetFullPath(configuration["STORAGE_LOCAL_PATH"] is { Length: > 0 } configured
            ? Path.Combine(contentRootPath, configured)
            : Path.Combine(contentRootPath, ".local", "storage"));
        var publicBaseUrl = AbsoluteUrl(configuration, "PUBLIC_BASE_URL") ?? DefaultPublicBaseUrl;

        var key = configuration["SUPABASE_SERVICE_ROLE_KEY"];
        if (string.IsNullOrWhiteSpace(key))
        {
            return new StorageOptions(StorageProvider.Local, buckets, localRoot, publicBaseUrl, supabase: null);
        }

        var projectUrl = AbsoluteUrl(configuration, "SUPABASE_URL")
            ?? throw new InvalidOperationException("SUPABASE_SERVICE_ROLE_KEY is set, so Storage needs SUPABASE_URL (the project URL) too.");
        var timeout = configuration["STORAGE_TIMEOUT_SECONDS"] is { Length: > 0 } seconds
            ? TimeSpan.FromSeconds(double.Parse(seconds, CultureInfo.InvariantCulture))
            : SupabaseStorageSettings.DefaultAttemptTimeout;
        var supabase = new SupabaseStorageSettings(new Uri(projectUrl), key.Trim(), timeout);
        return new StorageOptions(StorageProvider.Supabase, buckets, localRoot, publicBaseUrl, supabase);
    }

    private static string Bucket(IConfiguration configuration, string name, string fallback)
    {
        var value = configuration[name] is { Length: > 0 } v ? v.Trim() : fallback;
        return StorageKey.IsValidBucket(value)
            ? value
            : throw new InvalidOperationException($"{name} '{value}' is not a valid bucket name (letters, digits, '.', '_', '-').");
    }

    private static string? AbsoluteUrl(IConfiguration configuration, string name)
    {
        if (configuration[name] is not { Length: > 0 } raw)
        {
            return null;
        }

        return Uri.TryCreate(raw.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? uri.GetLeftPart(UriPartial.Path).TrimEnd('/')
            : throw new InvalidOperationException($"{name} must be an absolute http(s) URL.");
    }
}
