namespace PageShare.Infrastructure.Storage;

/// <summary>Where Supabase Storage is and the key to write with. A class, not a record: a record's ToString would print the key.</summary>
public sealed class SupabaseStorageSettings(Uri projectUrl, string serviceRoleKey, TimeSpan attemptTimeout)
{
    public static readonly TimeSpan DefaultAttemptTimeout = TimeSpan.FromSeconds(15);

    /// <summary><c>SUPABASE_URL</c> without a trailing slash, e.g. <c>https://abc.supabase.co</c>.</summary>
    public Uri ProjectUrl { get; } = projectUrl;

    public string ServiceRoleKey { get; } = serviceRoleKey;

    /// <summary>Per attempt; one retry follows a transient failure.</summary>
    public TimeSpan AttemptTimeout { get; } = attemptTimeout;

    public string BaseUrl => ProjectUrl.GetLeftPart(UriPartial.Path).TrimEnd('/');

    public override string ToString() => $"Supabase Storage at {BaseUrl}";
}
