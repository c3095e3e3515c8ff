namespace PageShare.Application.Media;

/// <summary>
/// One uploaded file: a way to open its bytes (the handler opens and disposes the stream) and its declared length.
/// The kind is judged from the bytes, never from a name or declared type.
/// </summary>
public sealed record MediaFileInput(Func<Stream> OpenRead, long Length);
