namespace PageShare.Application.Storage;

/// <summary>The limits API.md sets for every uploaded image (profile pictures and post media).</summary>
public static class ImageUploadRules
{
    public const long MaxBytes = 5 * 1024 * 1024;

    public const int MaxDimension = 4096;
}
