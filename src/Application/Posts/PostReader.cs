using Microsoft.EntityFrameworkCore;
using PageShare.Application.Common.Exceptions;
using PageShare.Application.Common.Persistence;
using PageShare.Application.Common.Visibility;
using PageShare.Application.Polls;
using PageShare.Application.Users;
using PageShare.Domain.Engagement;

namespace PageShare.Application.Posts;

/// <summary>
/// The one place that builds <see cref="PostDto"/>s. A page of any size costs the same fixed number of
/// queries: the posts with their authors, their quoted posts, then tickers, media, polls and the viewer's
/// likes, bookmarks, reposts and votes for all of them at once (no N+1).
/// </summary>
public sealed class PostReader(IReadDbContext db, TimeProvider clock)
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

        var rows = await LoadRowsAsync(postIds, viewerId, cancellationToken);
        var quotedIds = rows.Values.Where(r => r.QuotedPostId is not null).Select(r => r.QuotedPostId!.Value)
            .Where(id => !rows.ContainsKey(id)).Distinct().ToList();
        // Always run, even when empty: the number of queries per page must not depend on the page's content.
        var quoted = await LoadRowsAsync(quotedIds, viewerId, cancellationToken);
        foreach (var (id, row) in rows)
        {
            quoted.TryAdd(id, row);
        }

        var allIds = quoted.Keys.ToList();
        var details = await LoadDetailsAsync(allIds, viewerId, cancellationToken);

        PostDto Build(PostRow row, bool withQuote) => new()
        {
            Id = row.Id,
            Author = row.Author,
            Content = row.Content,
            Tickers = details.Tickers[row.Id].Order(StringComparer.Ordinal).ToList(),
            Media = details.Media[row.Id].ToList(),
            GifUrl = row.GifUrl,
            Poll = details.Polls.GetValueOrDefault(row.Id),
            QuotedPost = withQuote && row.QuotedPostId is { } q && quoted.TryGetValue(q, out var quotedRow) ? Build(quotedRow, false) : null,
            Sentiment = row.Sentiment,
            Stats = row.Stats,
            Viewer = new PostViewerDto(details.Liked.Contains(row.Id), details.Bookmarked.Contains(row.Id), details.Reposted.Contains(row.Id)),
            CreatedAt = row.CreatedAt,
            UpdatedAt = row.UpdatedAt,
        };

        return postIds.Where(rows.ContainsKey).Select(id => Build(rows[id], true)).ToList();
    }

    private async Task<Dictionary<Guid, PostRow>> LoadRowsAsync(IReadOnlyList<Guid> ids, Guid? viewerId, CancellationToken cancellationToken)
    {
        var rows = await (
            from p in db.Posts.VisibleTo(db, viewerId)
            join u in db.Users on p.AuthorId equals u.Id
            where ids.Contains(p.Id) && p.DeletedAt == null
            select new PostRow(
                p.Id,
                new UserSummaryDto(u.Id, u.Username.Value, u.DisplayName, u.ProfilePictureUrl, u.IsVerified),
                p.Content, p.GifUrl, p.Sentiment, p.QuotedPostId,
                new PostStatsDto(p.LikesCount, p.CommentsCount, p.RepostsCount, p.QuotesCount, p.BookmarksCount),
                p.CreatedAt, p.UpdatedAt)).ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.Id);
    }

    private async Task<PostDetails> LoadDetailsAsync(List<Guid> ids, Guid? viewerId, CancellationToken cancellationToken)
    {
        var tickers = await db.Posts.Where(p => ids.Contains(p.Id))
            .SelectMany(p => p.Tickers.Select(t => new { t.PostId, t.Symbol }))
            .ToListAsync(cancellationToken);
        var media = await db.Media.Where(m => m.PostId != null && ids.Contains(m.PostId.Value))
            .OrderBy(m => m.Position)
            .Select(m => new { PostId = m.PostId!.Value, Dto = new PostMediaDto(m.Url, m.ContentType, m.Width, m.Height) })
            .ToListAsync(cancellationToken);
        var polls = await db.Polls.Where(p => ids.Contains(p.PostId))
            .Select(p => new { p.Id, p.PostId, p.EndsAt, Options = p.Options.OrderBy(o => o.Position).Select(o => new PollOptionDto(o.Id, o.Text, o.VotesCount)).ToList() })
            .ToListAsync(cancellationToken);

        HashSet<Guid> liked = [], bookmarked = [], reposted = [];
        Dictionary<Guid, Guid> votes = [];
        if (viewerId is { } viewer)
        {
            liked = [.. await db.Reactions.Where(r => r.UserId == viewer && r.TargetType == ReactionTarget.Post && ids.Contains(r.TargetId))
                .Select(r => r.TargetId).ToListAsync(cancellationToken)];
            bookmarked = [.. await db.Bookmarks.Where(b => b.UserId == viewer && ids.Contains(b.PostId)).Select(b => b.PostId).ToListAsync(cancellationToken)];
            reposted = [.. await db.Reposts.Where(r => r.UserId == viewer && ids.Contains(r.PostId)).Select(r => r.PostId).ToListAsync(cancellationToken)];
            var pollIds = polls.Select(p => p.Id).ToList();
            votes = await db.PollVotes.Where(v => v.UserId == viewer && pollIds.Contains(v.PollId))
                .ToDictionaryAsync(v => v.PollId, v => v.OptionId, cancellationToken);
        }

        var now = clock.GetUtcNow();
        return new PostDetails(
            tickers.ToLookup(t => t.PostId, t => t.Symbol.Value),
            media.ToLookup(m => m.PostId, m => m.Dto),
            polls.ToDictionary(p => p.PostId, p => new PollDto(p.Id, p.Options, p.Options.Sum(o => o.Votes), p.EndsAt,
                now >= p.EndsAt, votes.TryGetValue(p.Id, out var option) ? option : null)),
            liked, bookmarked, reposted);
    }

    private sealed record PostRow(Guid Id, UserSummaryDto Author, string Content, string? GifUrl, Domain.Posts.Sentiment? Sentiment,
        Guid? QuotedPostId, PostStatsDto Stats, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);

    private sealed record PostDetails(ILookup<Guid, string> Tickers, ILookup<Guid, PostMediaDto> Media, Dictionary<Guid, PollDto> Polls,
        HashSet<Guid> Liked, HashSet<Guid> Bookmarked, HashSet<Guid> Reposted);
}
