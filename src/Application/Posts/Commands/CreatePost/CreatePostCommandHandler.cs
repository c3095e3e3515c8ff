using PageShare.Application.Common.Exceptions;
using PageShare.Application.Common.Interfaces;
using PageShare.Application.Common.Messaging;
using PageShare.Application.Common.Persistence;
using PageShare.Application.Common.Visibility;
using PageShare.Domain.Media;
using PageShare.Domain.Posts;

namespace PageShare.Application.Posts.Commands.CreatePost;

internal sealed class CreatePostCommandHandler(
    IRepository<Post> posts, IRepository<MediaItem> mediaItems, IReadDbContext db, PostReader reader, ICurrentUser currentUser,
    ContentSettings settings, TimeProvider clock) : IRequestHandler<CreatePostCommand, PostDto>
{
    public async Task<PostDto> Handle(CreatePostCommand command, CancellationToken cancellationToken)
    {
        var authorId = currentUser.RequireId();
        var media = await LoadMediaAsync(command.MediaUrls ?? [], cancellationToken);
        var quoted = command.QuotedPostId is { } quotedId
            ? await posts.GetByIdAsync(quotedId, cancellationToken) is { IsDeleted: false } live ? live
                : throw NotFoundException.For("Post", quotedId)
            : null;
        if (quoted is not null)
        {
            await db.EnsureNotBlockedAsync(authorId, quoted.AuthorId, cancellationToken);
        }

        var gifUrl = string.IsNullOrWhiteSpace(command.GifUrl) ? null : GifUrl.Create(command.GifUrl, settings.GifHosts);
        var poll = command.Poll is { } p ? new PollDraft([.. p.Options ?? []], p.DurationHours) : null;

        var post = Post.Create(authorId, command.Content, media, gifUrl, poll, quoted, command.Sentiment, clock.GetUtcNow());
        await posts.AddAsync(post, cancellationToken);
        return await reader.GetAsync(post.Id, authorId, cancellationToken);
    }

    // Only URLs this service issued are accepted; ownership and "attached once" are the aggregate's rules.
    private async Task<IReadOnlyList<MediaItem>> LoadMediaAsync(IReadOnlyList<string> urls, CancellationToken cancellationToken)
    {
        if (urls.Count == 0)
        {
            return [];
        }

        var found = await mediaItems.ListAsync(new MediaByUrlsSpec(urls), cancellationToken);
        var unknown = urls.Where(u => found.All(m => m.Url != u)).ToList();
        if (unknown.Count > 0)
        {
            throw new ValidationException("media_urls", "contains URLs that were not uploaded to this service.");
        }

        return urls.Select(u => found.Single(m => m.Url == u)).ToList();
    }
}
