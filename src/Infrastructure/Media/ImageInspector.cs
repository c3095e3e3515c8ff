using PageShare.Application.Common.Interfaces;
using PageShare.Application.Storage;

namespace PageShare.Infrastructure.Media;

/// <summary>
/// Recognises JPEG, PNG, WebP and GIF from their magic bytes and walks their container structure (segments, chunks,
/// blocks) without decoding pixels: a truncated or inconsistent file is refused, and metadata is dropped whole.
/// </summary>
public sealed class ImageInspector : IImageInspector
{
    public ImageDetails? Inspect(ReadOnlySpan<byte> content) => FormatOf(content) switch
    {
        ImageFormat.Jpeg => JpegFormat.Read(content, output: null),
        ImageFormat.Png => PngFormat.Read(content, output: null),
        ImageFormat.WebP => WebPFormat.Read(content, output: null),
        ImageFormat.Gif => GifFormat.Read(content, output: null),
        _ => null,
    };

    public byte[] StripMetadata(byte[] content, ImageFormat format)
    {
        using var output = new MemoryStream(content.Length);
        var details = format switch
        {
            ImageFormat.Jpeg => JpegFormat.Read(content, output),
            ImageFormat.Png => PngFormat.Read(content, output),
            ImageFormat.WebP => WebPFormat.Read(content, output),
            ImageFormat.Gif => GifFormat.Read(content, output),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
        };
        return details is not null && details.Format == format
            ? output.ToArray()
            : throw new ArgumentException($"The content is not a valid {format} image; inspect it first.", nameof(content));
    }

    private static ImageFormat? FormatOf(ReadOnlySpan<byte> content)
    {
        if (JpegFormat.HasSignature(content))
        {
            return ImageFormat.Jpeg;
        }

        if (PngFormat.HasSignature(content))
        {
            return ImageFormat.Png;
        }

        if (WebPFormat.HasSignature(content))
        {
            return ImageFormat.WebP;
        }

        return GifFormat.HasSignature(content) ? ImageFormat.Gif : null;
    }
}
