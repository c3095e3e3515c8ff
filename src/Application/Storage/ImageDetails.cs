namespace PageShare.Application.Storage;

/// <summary>What an image's headers say: its format and size in pixels.</summary>
public sealed record ImageDetails(ImageFormat Format, int Width, int Height)
{
    public string ContentType => Format switch
    {
        ImageFormat.Jpeg => "image/jpeg",
        ImageFormat.Png => "image/png",
        ImageFormat.WebP => "image/webp",
        ImageFormat.Gif => "image/gif",
        _ => throw new ArgumentOutOfRangeException(nameof(Format), Format, null),
    };

    /// <summary>The file extension stored objects get, without the dot.</summary>
    public string Extension => Format switch
    {
        ImageFormat.Jpeg => "jpg",
        ImageFormat.Png => "png",
        ImageFormat.WebP => "webp",
        ImageFormat.Gif => "gif",
        _ => throw new ArgumentOutOfRangeException(nameof(Format), Format, null),
    };
}
