using PageShare.Domain.Common;

namespace PageShare.Domain.Media;

/// <summary>
/// An uploaded image, recorded with its owner so a post can attach only what this service issued to the
/// same user, and only once.
/// </summary>
public sealed class MediaItem : Entity, IAggregateRoot
{
    private MediaItem()
    {
        Bucket = null!;
        Path = null!;
        Url = null!;
        ContentType = null!;
    }

    public Guid OwnerId { get; private set; }

    public string Bucket { get; private set; }

    public string Path { get; private set; }

    public string Url { get; private set; }

    public string ContentType { get; private set; }

    public int Width { get; private set; }

    public int Height { get; private set; }

    public long SizeBytes { get; private set; }

    public Guid? PostId { get; private set; }

    public int? Position { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public static MediaItem Record(Guid ownerId, string bucket, string path, string url, string contentType,
        int width, int height, long sizeBytes, DateTimeOffset now) => new()
    {
        Id = Guid.NewGuid(),
        OwnerId = ownerId,
        Bucket = bucket,
        Path = path,
        Url = url,
        ContentType = contentType,
        Width = width,
        Height = height,
        SizeBytes = sizeBytes,
        CreatedAt = now,
    };

    internal void AttachTo(Guid postId, Guid authorId, int position)
    {
        if (OwnerId != authorId)
        {
            throw new DomainException("media_not_owned", "must be media you uploaded.", "media_urls");
        }

        if (PostId is not null)
        {
            throw new DomainException("media_already_attached", "is already attached to another post.", "media_urls");
        }

        PostId = postId;
        Position = position;
    }
}
