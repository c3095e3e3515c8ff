namespace PageShare.Infrastructure.Storage;

/// <summary>Supabase Storage refused or failed an operation. The message names the operation and the answer, never the key.</summary>
public sealed class SupabaseStorageException(string message, int? status = null, string? code = null, Exception? inner = null)
    : Exception(message, inner)
{
    /// <summary>The intended status (from the body when present), or null when no answer came back.</summary>
    public int? Status { get; } = status;

    /// <summary>Storage's error code, e.g. <c>NoSuchBucket</c>.</summary>
    public string? Code { get; } = code;
}
