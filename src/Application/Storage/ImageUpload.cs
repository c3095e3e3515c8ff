using PageShare.Application.Common.Exceptions;
using PageShare.Application.Common.Interfaces;

namespace PageShare.Application.Storage;

/// <summary>
/// The image rules of API.md in one place, shared by profile pictures and post media: size first (413),
/// then the kind by content (415), then the pixel size (422), then metadata stripping.
/// </summary>
public static class ImageUpload
{
    public static async Task<PreparedImage> PrepareAsync(IImageInspector inspector, Stream content, IReadOnlySet<ImageFormat> allowed,
        string field, CancellationToken cancellationToken)
    {
        var bytes = await ReadCappedAsync(content, ImageUploadRules.MaxBytes, cancellationToken)
            ?? throw new PayloadTooLargeException($"The {field} is larger than {ImageUploadRules.MaxBytes / (1024 * 1024)} MiB.");

        var details = inspector.Inspect(bytes);
        if (details is null || !allowed.Contains(details.Format))
        {
            var kinds = string.Join(", ", allowed.Order().Select(f => f.ToString().ToUpperInvariant()));
            throw new UnsupportedMediaTypeException($"The {field} must be an image of one of these kinds: {kinds}.");
        }

        if (details.Width > ImageUploadRules.MaxDimension || details.Height > ImageUploadRules.MaxDimension)
        {
            throw new ValidationException(field,
                $"must be at most {ImageUploadRules.MaxDimension}x{ImageUploadRules.MaxDimension} pixels; it is {details.Width}x{details.Height}.");
        }

        return new PreparedImage(inspector.StripMetadata(bytes, details.Format), details);
    }

    // Reads at most one byte past the cap, so a lying or absent length cannot make us buffer a huge body.
    private static async Task<byte[]?> ReadCappedAsync(Stream content, long cap, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > cap)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
