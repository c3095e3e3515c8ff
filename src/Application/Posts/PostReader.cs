using PageShare.Application.Common.Exceptions;
using PageShare.Application.Polls;

namespace PageShare.Application.Posts;

/// <summary>
/// The one place that builds <see cref="PostDto"/>s: one statement (<see cref="IPostRowReader"/>) reads a page's posts,
/// their quoted posts and every detail of both, so a page of any size costs one round trip (no N+1).
/// </summary>
public sealed class PostReader(IPostRowReader rows, TimeProvider clock)
{
    /// <summary>A live post by id; 404 when unknown, deleted, or on the other side of a block from the viewer.</summary>
    public async Task<PostDto> GetAsync(Guid postId, Guid? viewerId, CancellationToken cancellationToken)
    {
        var posts = await LoadAsync([postId], viewerId, cancellationToken);
        return posts.Count == 1 ? posts[0] : throw NotFoundException.For("Post", postId);
    }

    /// <summary>
    /// Live posts for <paramref name="postIds"/>, in that order; deleted or unknown ids are skipped, and so are posts
    /// (and quoted posts) of users on the other side of a block from the viewer.
    /// </summary>
    public async Task<IReadOnlyList<PostDto>> LoadAsync(IReadOnlyList<Guid> postIds, Guid? viewerId, CancellationToken cancellationToken)
    {
        if (postIds.Count == 0)
        {
            return [];
        }

        // The rows hold the requested posts and the posts they quote, under the same visibility rule: an id is in
        // the result exactly when the requested post itself is visible.
        var byId = (await rows.ReadAsync(postIds, viewerId, cancellationToken)).ToDictionary(r => r.Id);
        var now = clock.GetUtcNow();

        PostDto Build(PostRow row, bool withQuote) => new()
        {
            Id = row.Id,
            Author = row.Author,
            Content = row.Content,
            Tickers = row.Tickers,
            Media = row.Media,
            GifUrl = row.GifUrl,
            Poll = row.Poll is { } poll
                ? new PollDto(poll.Id, poll.Options, poll.Options.Sum(o => o.Votes), poll.EndsAt, now >= poll.EndsAt, poll.ViewerVoteOptionId)
                : null,
            QuotedPost = withQuote && row.QuotedPostId is { } q && byId.TryGetValue(q, out var quoted) ? Build(quoted, false) : null,
            Sentiment = row.Sentiment,
            Stats = row.Stats,
            Viewer = row.Viewer,
            CreatedAt = row.CreatedAt,
            UpdatedAt = row.UpdatedAt,
        };

        return postIds.Where(byId.ContainsKey).Select(id => Build(byId[id], true)).ToList();
    }
}
