using PageShare.Application.Storage;

namespace PageShare.Application.Common.Interfaces;

/// <summary>Recognises images by their bytes (never by name or declared type) without decoding pixels.</summary>
public interface IImageInspector
{
    /// <summary>
    /// The format (JPEG, PNG, WebP or GIF, from the magic bytes) and the size read from the headers;
    /// null for anything else, including a truncated or inconsistent header and an empty input.
    /// </summary>
    ImageDetails? Inspect(ReadOnlySpan<byte> content);

    /// <summary>
    /// A copy without the metadata that can locate or identify someone (JPEG EXIF/XMP/comments, PNG text and
    /// eXIf chunks, WebP EXIF/XMP chunks), still a valid image of the same format. GIF comes back unchanged.
    /// </summary>
    byte[] StripMetadata(byte[] content, ImageFormat format);
}
