using Microsoft.Extensions.Logging;
using PageShare.Application.Common.Interfaces;

namespace PageShare.Application.Users.Commands.ChangeProfilePicture;

/// <summary>Deleting a replaced picture is housekeeping: the profile is already right, so a failure is logged, not thrown.</summary>
internal static class ProfilePictureCleanup
{
    public static async Task DeleteQuietlyAsync(IFileStorage storage, string bucket, string path, ILogger logger)
    {
        try
        {
            // Not the request's token: a client hanging up must not leave the old object behind.
            await storage.DeleteAsync(bucket, path, CancellationToken.None);
        }
        catch (Exception exception)
        {
            logger.LogWarning(exception, "Could not delete profile picture object {Bucket}/{Path}", bucket, path);
        }
    }
}
