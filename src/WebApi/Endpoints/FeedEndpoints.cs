using PageShare.Application.Common.Messaging;
using PageShare.Application.Common.Paging;
using PageShare.Application.Feed;
using PageShare.Application.Feed.Queries.GetFeed;

namespace PageShare.WebApi.Endpoints;

public static class FeedEndpoints
{
    public static IEndpointRouteBuilder MapFeedEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet("/feed", GetFeed).WithName(nameof(GetFeed)).WithTags("Feed")
            .WithSummary("Home feed, newest first, without posts of users you muted or blocked or who blocked you")
            .WithDescription("scope: all (default: every live post) or following (your posts and followed users' posts, plus posts "
                             + "followed users reposted, shown as the original post with reposted_by and reposted_at; each post once, "
                             + "at its newest activity). limit 1..100 (default 20); next_cursor pages.")
            .RequireUser().ProducesErrors(StatusCodes.Status422UnprocessableEntity);
        return api;
    }

    private static async Task<Ok<CursorPage<FeedItemDto>>> GetFeed(ISender sender, CancellationToken ct,
        string? scope = null, int? limit = null, string? cursor = null) =>
        TypedResults.Ok(await sender.Send(new GetFeedQuery(scope, limit, cursor), ct));
}
