using AutoMapper;
using Microsoft.Extensions.Logging;
using PageShare.Application.Common.Exceptions;
using PageShare.Application.Common.Interfaces;
using PageShare.Application.Common.Messaging;
using PageShare.Application.Common.Persistence;
using PageShare.Application.Storage;
using PageShare.Domain.Users;

namespace PageShare.Application.Users.Commands.ChangeProfilePicture;

internal sealed class ChangeProfilePictureCommandHandler(IRepository<User> users, ICurrentUser currentUser, IMapper mapper,
    IFileStorage storage, IImageInspector inspector, StorageBuckets buckets, ILogger<ChangeProfilePictureCommandHandler> logger)
    : IRequestHandler<ChangeProfilePictureCommand, CurrentUserDto>
{
    private static readonly IReadOnlySet<ImageFormat> Allowed = new HashSet<ImageFormat> { ImageFormat.Jpeg, ImageFormat.Png, ImageFormat.WebP };

    public async Task<CurrentUserDto> Handle(ChangeProfilePictureCommand command, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequireId();
        if (command.Length > ImageUploadRules.MaxBytes)
        {
            throw new PayloadTooLargeException($"The file is larger than {ImageUploadRules.MaxBytes / (1024 * 1024)} MiB.");
        }

        var image = await ImageUpload.PrepareAsync(inspector, command.Content!, Allowed, "file", cancellationToken);
        var user = await users.GetByIdAsync(userId, cancellationToken) ?? throw NotFoundException.For("User", userId);

        // A random name per upload: the user's file name never leaks, and URLs can be cached forever.
        var path = $"{userId:D}/{Guid.NewGuid():N}.{image.Extension}";
        await using (var content = image.OpenRead())
        {
            var stored = await storage.UploadAsync(buckets.ProfilePictures, path, content, image.ContentType, cancellationToken);
            var previous = user.ReplaceProfilePicture(stored.PublicUrl, path);
            try
            {
                await users.SaveChangesAsync(cancellationToken);
            }
            catch
            {
                await ProfilePictureCleanup.DeleteQuietlyAsync(storage, buckets.ProfilePictures, path, logger); // no orphan
                throw;
            }

            // Only now that the profile points at the new picture may the old one go; a failure just leaves an orphan to log.
            if (previous is not null)
            {
                await ProfilePictureCleanup.DeleteQuietlyAsync(storage, buckets.ProfilePictures, previous, logger);
            }
        }

        var dto = mapper.Map<CurrentUserDto>(user);
        return dto.WithTokenRole(currentUser);
    }
}
