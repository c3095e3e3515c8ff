namespace PageShare.Application.Storage;

/// <summary>An object just written: where it is and the URL it is served from.</summary>
public sealed record StoredFile(string Bucket, string Path, string PublicUrl, string ContentType, long Size);
