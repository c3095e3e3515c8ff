using PageShare.Domain.Common;
using PageShare.Domain.Media;

namespace PageShare.Domain.Posts;

/// <summary>
/// A post with its tickers, media and optional poll. Likes, comments, reposts and bookmarks are rows of
/// their own (a post can have millions); their counts are kept by the database.
/// </summary>
public sealed class Post : Entity, IAggregateRoot
{
    public const int MaxMedia = 4;

    private readonly List<PostTicker> _tickers = [];
    private readonly List<MediaItem> _media = [];

    private Post()
    {
        Content = null!;
    }

    public Guid AuthorId { get; private set; }

    public string Content { get; private set; }

    public string? GifUrl { get; private set; }

    public Sentiment? Sentiment { get; private set; }

    public Guid? QuotedPostId { get; private set; }

    public Poll? Poll { get; private set; }

    public IReadOnlyCollection<PostTicker> Tickers => _tickers;

    public IReadOnlyCollection<MediaItem> Media => _media;

    public int LikesCount { get; private set; }

    public int CommentsCount { get; private set; }

    public int RepostsCount { get; private set; }

    public int QuotesCount { get; private set; }

    public int BookmarksCount { get; private set; }

    public DateTimeOffset? DeletedAt { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public bool IsDeleted => DeletedAt is not null;

    /// <summary>
    /// Text may be empty only with media, a GIF or a quote; a poll and media are exclusive; the tickers come
    /// from the text. <paramref name="quotedPost"/> must be a live post.
    /// </summary>
    public static Post Create(Guid authorId, string? content, IReadOnlyList<MediaItem> media, GifUrl? gifUrl,
        PollDraft? poll, Post? quotedPost, Sentiment? sentiment, DateTimeOffset now)
    {
        if (media.Count > MaxMedia)
        {
            throw new DomainException("too_many_media", $"at most {MaxMedia} media per post.", "media_urls");
        }

        if (poll is not null && media.Count > 0)
        {
            throw new DomainException("poll_with_media", "a post cannot have both a poll and media.", "poll");
        }

        if (quotedPost is { IsDeleted: true })
        {
            throw new DomainException("quoted_post_deleted", "the quoted post was deleted.", "quoted_post_id");
        }

        var hasAttachment = media.Count > 0 || gifUrl is not null || quotedPost is not null;
        var post = new Post
        {
            Id = Guid.NewGuid(),
            AuthorId = authorId,
            Content = PostContent.Normalise(content, mayBeEmpty: hasAttachment),
            GifUrl = gifUrl?.Value,
            Sentiment = sentiment,
            QuotedPostId = quotedPost?.Id,
            CreatedAt = now,
            UpdatedAt = now,
        };

        post._tickers.AddRange(TickerExtractor.Extract(post.Content).Select(symbol => new PostTicker(post.Id, symbol)));
        for (var i = 0; i < media.Count; i++)
        {
            media[i].AttachTo(post.Id, authorId, i);
            post._media.Add(media[i]);
        }

        if (poll is not null)
        {
            post.Poll = Poll.Create(post.Id, poll.Options, poll.DurationHours, now);
        }

        return post;
    }

    /// <summary>Soft delete by the author or an admin; deleting twice is harmless.</summary>
    public void Delete(Guid actorId, bool actorIsAdmin, DateTimeOffset now)
    {
        if (actorId != AuthorId && !actorIsAdmin)
        {
            throw new NotPermittedException("not_post_owner", "Only the author or an admin can delete this post.");
        }

        DeletedAt ??= now;
    }
}
