namespace PageShare.TestSupport.Storage;

/// <summary>An object held by the fake Supabase Storage, with the headers it was uploaded with.</summary>
public sealed record FakeStorageObject(Guid Id, byte[] Bytes, string ContentType, string CacheControl);
