namespace PageShare.Application.Storage;

/// <summary>Bucket names, from <c>SUPABASE_STORAGE_BUCKET</c> and <c>SUPABASE_MEDIA_BUCKET</c>.</summary>
public sealed record StorageBuckets(string ProfilePictures, string Media)
{
    public const string DefaultProfilePictures = "profile-pictures";
    public const string DefaultMedia = "post-media";

    public static StorageBuckets Default { get; } = new(DefaultProfilePictures, DefaultMedia);
}
