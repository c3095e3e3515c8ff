using Microsoft.EntityFrameworkCore;
using PageShare.Application.Common.Interfaces;
using PageShare.Application.Common.Messaging;
using PageShare.Application.Common.Paging;
using PageShare.Application.Common.Persistence;
using PageShare.Application.Posts;
using PageShare.Application.Users;

namespace PageShare.Application.Feed.Queries.GetFeed;

/// <summary>
/// One statement for the page keys, then (following scope only) one for the reposters of the page's reposted entries,
/// then <see cref="PostReader"/>'s one: the cost of a page does not grow with its size or content.
/// </summary>
internal sealed class GetFeedQueryHandler(IReadDbContext db, IFeedKeyReader allKeys, PostReader reader, ICurrentUser currentUser)
    : IRequestHandler<GetFeedQuery, CursorPage<FeedItemDto>>
{
    public async Task<CursorPage<FeedItemDto>> Handle(GetFeedQuery request, CancellationToken cancellationToken)
    {
        var viewerId = currentUser.RequireId();
        var limit = request.Limit ?? PageRequest.DefaultLimit;
        var cursor = KeysetCursor.Decode(request.Cursor);
        FeedScopeNames.TryParse(request.Scope, out var scope);

        if (scope == FeedScope.All)
        {
            var keysOfAll = await allKeys.AllAsync(viewerId, cursor, limit, cancellationToken);
            return await keysOfAll.ToPageAsync<FeedItemDto>(limit, async ids =>
                (await reader.LoadAsync(ids, viewerId, cancellationToken)).Select(p => FeedItemDto.From(p)).ToList());
        }

        var keys = await FeedKeys.Following(db, viewerId, cursor, limit).ToListAsync(cancellationToken);
        var activityAt = keys.Take(limit).ToDictionary(k => k.Id, k => k.At);
        return await keys.ToPageAsync<FeedItemDto>(limit, async ids =>
        {
            var reposts = await LoadRepostsAsync(ids, viewerId, cancellationToken);
            var posts = await reader.LoadAsync(ids, viewerId, cancellationToken);
            return posts.Select(p =>
            {
                // The entry's activity is a repost when it is later than the post itself; the earliest such reposter wins ties.
                var repost = activityAt[p.Id] > p.CreatedAt
                    ? reposts.FirstOrDefault(r => r.PostId == p.Id && r.At == activityAt[p.Id])
                    : null;
                return repost is null ? FeedItemDto.From(p) : FeedItemDto.From(p, repost.User, repost.At);
            }).ToList();
        });
    }

    private async Task<List<RepostRow>> LoadRepostsAsync(IReadOnlyList<Guid> postIds, Guid viewerId, CancellationToken cancellationToken) =>
        await (
            from r in FeedKeys.Reposts(db, viewerId)
            join u in db.Users on r.UserId equals u.Id
            where postIds.Contains(r.PostId)
            orderby r.CreatedAt, r.UserId
            select new RepostRow(r.PostId, r.CreatedAt,
                new UserSummaryDto(u.Id, u.Username.Value, u.DisplayName, u.ProfilePictureUrl, u.IsVerified)))
            .ToListAsync(cancellationToken);

    private sealed record RepostRow(Guid PostId, DateTimeOffset At, UserSummaryDto User);
}
