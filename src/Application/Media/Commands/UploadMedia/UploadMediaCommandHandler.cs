using Microsoft.Extensions.Logging;
using PageShare.Application.Common.Exceptions;
using PageShare.Application.Common.Interfaces;
using PageShare.Application.Common.Messaging;
using PageShare.Application.Common.Persistence;
using PageShare.Application.Storage;
using PageShare.Domain.Media;

namespace PageShare.Application.Media.Commands.UploadMedia;

internal sealed class UploadMediaCommandHandler(IRepository<MediaItem> mediaItems, ICurrentUser currentUser, IFileStorage storage,
    IImageInspector inspector, StorageBuckets buckets, TimeProvider clock, ILogger<UploadMediaCommandHandler> logger)
    : IRequestHandler<UploadMediaCommand, MediaUploadDto>
{
    private const string Field = "files";

    public async Task<MediaUploadDto> Handle(UploadMediaCommand command, CancellationToken cancellationToken)
    {
        var ownerId = currentUser.RequireId();
        if (command.Files.Any(f => f.Length > ImageUploadRules.MaxBytes))
        {
            throw new PayloadTooLargeException($"Each file must be at most {ImageUploadRules.MaxBytes / (1024 * 1024)} MiB.");
        }

        if (command.Files.Sum(f => f.Length) > MediaUploadRules.MaxTotalBytes)
        {
            throw new PayloadTooLargeException($"The files together must be at most {MediaUploadRules.MaxTotalBytes / (1024 * 1024)} MiB.");
        }

        // Every file is checked before any is stored: one bad file stores nothing.
        var images = new List<PreparedImage>(command.Files.Count);
        foreach (var file in command.Files)
        {
            await using var content = file.OpenRead();
            images.Add(await ImageUpload.PrepareAsync(inspector, content, MediaUploadRules.AllowedFormats, Field, cancellationToken));
        }

        var uploaded = new List<UploadedMediaDto>(images.Count);
        foreach (var image in images)
        {
            uploaded.Add(await StoreAsync(ownerId, image, cancellationToken));
        }

        return new MediaUploadDto(uploaded);
    }

    private async Task<UploadedMediaDto> StoreAsync(Guid ownerId, PreparedImage image, CancellationToken cancellationToken)
    {
        // A random name per upload: the user's file name never leaks, and URLs can be cached forever.
        var path = $"{ownerId:D}/{Guid.NewGuid():N}.{image.Extension}";
        await using var content = image.OpenRead();
        var stored = await storage.UploadAsync(buckets.Media, path, content, image.ContentType, cancellationToken);
        var item = MediaItem.Record(ownerId, buckets.Media, path, stored.PublicUrl, image.ContentType,
            image.Details.Width, image.Details.Height, image.Bytes.LongLength, clock.GetUtcNow());
        try
        {
            await mediaItems.AddAsync(item, cancellationToken);
        }
        catch
        {
            await DeleteQuietlyAsync(path); // an object without its row could never be attached: don't leave it behind
            throw;
        }

        return new UploadedMediaDto(item.Url, item.ContentType, item.Width, item.Height, item.SizeBytes);
    }

    private async Task DeleteQuietlyAsync(string path)
    {
        try
        {
            // Not the request's token: a client hanging up must not leave the object behind.
            await storage.DeleteAsync(buckets.Media, path, CancellationToken.None);
        }
        catch (Exception exception)
        {
            logger.LogWarning(exception, "Could not delete media object {Bucket}/{Path}", buckets.Media, path);
        }
    }
}
