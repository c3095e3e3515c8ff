namespace PageShare.Application.Storage;

/// <summary>The image formats PageShare recognises from their bytes.</summary>
public enum ImageFormat
{
    Jpeg,
    Png,
    WebP,
    Gif,
}
