using PageShare.Application.Storage;
using PageShare.Domain.Posts;

namespace PageShare.Application.Media;

/// <summary>The limits API.md sets for <c>POST /media/upload</c>; each file also follows <see cref="ImageUploadRules"/>.</summary>
public static class MediaUploadRules
{
    public const int MaxFiles = Post.MaxMedia;

    public const long MaxTotalBytes = 20 * 1024 * 1024;

    /// <summary>Post media may be any image kind PageShare recognises, GIF included (profile pictures may not).</summary>
    public static IReadOnlySet<ImageFormat> AllowedFormats { get; } =
        new HashSet<ImageFormat> { ImageFormat.Jpeg, ImageFormat.Png, ImageFormat.WebP, ImageFormat.Gif };
}
