using PageShare.Application.Common.Messaging;
using PageShare.Application.Common.Paging;
using PageShare.Application.Follows;
using PageShare.Application.Follows.Commands.FollowUser;
using PageShare.Application.Follows.Commands.UnfollowUser;
using PageShare.Application.Follows.Queries.GetSuggestions;
using PageShare.Application.Follows.Queries.ListFollowers;
using PageShare.Application.Follows.Queries.ListFollowing;
using PageShare.Application.Users;

namespace PageShare.WebApi.Endpoints;

public static class FollowEndpoints
{
    public static RouteGroupBuilder MapFollowEndpoints(this IEndpointRouteBuilder api)
    {
        var users = api.MapGroup("/users").WithTags("Follows");
        users.MapPost("/{userId:guid}/follow", FollowUser).WithName(nameof(FollowUser))
            .WithSummary("Follow a user, idempotent; 422 for yourself, 403 when either of you blocked the other")
            .RequireUser()
            .ProducesErrors(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound, StatusCodes.Status422UnprocessableEntity);
        users.MapDelete("/{userId:guid}/follow", UnfollowUser).WithName(nameof(UnfollowUser))
            .WithSummary("Unfollow a user, idempotent")
            .RequireUser()
            .ProducesErrors(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound, StatusCodes.Status422UnprocessableEntity);
        users.MapGet("/{userId:guid}/followers", ListFollowers).WithName(nameof(ListFollowers))
            .WithSummary("The users who follow a user, newest follow first; with a token, users blocked by or blocking you are left out")
            .AllowUser().ProducesErrors(StatusCodes.Status404NotFound, StatusCodes.Status422UnprocessableEntity);
        users.MapGet("/{userId:guid}/following", ListFollowing).WithName(nameof(ListFollowing))
            .WithSummary("The users a user follows, newest follow first; with a token, users blocked by or blocking you are left out")
            .AllowUser().ProducesErrors(StatusCodes.Status404NotFound, StatusCodes.Status422UnprocessableEntity);
        users.MapGet("/suggestions", GetSuggestions).WithName(nameof(GetSuggestions))
            .WithSummary("Users to follow, limit 1-50 (default 10). reason: followed_by_people_you_follow, shared_tickers, "
                + "shared_interests or popular (in that rank order); score: how many people you follow follow them, tickers or "
                + "interests in common, or followers")
            .RequireUser().ProducesErrors(StatusCodes.Status422UnprocessableEntity);
        return users;
    }

    private static async Task<Ok<FollowDto>> FollowUser(Guid userId, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new FollowUserCommand(userId), ct));

    private static async Task<NoContent> UnfollowUser(Guid userId, ISender sender, CancellationToken ct)
    {
        await sender.Send(new UnfollowUserCommand(userId), ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<CursorPage<UserSummaryDto>>> ListFollowers(Guid userId, ISender sender, CancellationToken ct,
        int? limit = null, string? cursor = null) =>
        TypedResults.Ok(await sender.Send(new ListFollowersQuery(userId, limit, cursor), ct));

    private static async Task<Ok<CursorPage<UserSummaryDto>>> ListFollowing(Guid userId, ISender sender, CancellationToken ct,
        int? limit = null, string? cursor = null) =>
        TypedResults.Ok(await sender.Send(new ListFollowingQuery(userId, limit, cursor), ct));

    private static async Task<Ok<SuggestionsDto>> GetSuggestions(ISender sender, CancellationToken ct, int? limit = null) =>
        TypedResults.Ok(await sender.Send(new GetSuggestionsQuery(limit), ct));
}
