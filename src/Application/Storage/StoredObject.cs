namespace PageShare.Application.Storage;

/// <summary>An object opened for reading; whoever receives it disposes it.</summary>
public sealed class StoredObject(Stream content, string contentType, long? length) : IAsyncDisposable, IDisposable
{
    public Stream Content { get; } = content;

    /// <summary>The MIME type given at upload, exactly.</summary>
    public string ContentType { get; } = contentType;

    public long? Length { get; } = length;

    public ValueTask DisposeAsync() => Content.DisposeAsync();

    public void Dispose() => Content.Dispose();
}
