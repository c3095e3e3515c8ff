using PageShare.Application.Common.Interfaces;
using PageShare.Application.Common.Messaging;
using PageShare.Application.Common.Paging;
using PageShare.Application.Posts;

namespace PageShare.Application.Feed.Queries.GetFeed;

/// <summary>
/// One statement for the page keys (following scope: with each reposted entry's reposter), then
/// <see cref="PostReader"/>'s one: the cost of a page does not grow with its size or content.
/// </summary>
internal sealed class GetFeedQueryHandler(IFeedKeyReader keys, PostReader reader, ICurrentUser currentUser)
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
            var keysOfAll = await keys.AllAsync(viewerId, cursor, limit, cancellationToken);
            return await keysOfAll.ToPageAsync<FeedItemDto>(limit, async ids =>
                (await reader.LoadAsync(ids, viewerId, cancellationToken)).Select(p => FeedItemDto.From(p)).ToList());
        }

        var entries = await keys.FollowingAsync(viewerId, cursor, limit, cancellationToken);
        var reposted = entries.Take(limit).Where(e => e.RepostedBy is not null).ToDictionary(e => e.Key.Id);
        return await entries.Select(e => e.Key).ToList().ToPageAsync<FeedItemDto>(limit, async ids =>
            (await reader.LoadAsync(ids, viewerId, cancellationToken))
                .Select(p => reposted.TryGetValue(p.Id, out var entry) ? FeedItemDto.From(p, entry.RepostedBy, entry.Key.At) : FeedItemDto.From(p))
                .ToList());
    }
}
