namespace PageShare.TestSupport.Storage;

/// <summary>One request the fake Supabase Storage received, as sent.</summary>
public sealed record RecordedStorageRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}
