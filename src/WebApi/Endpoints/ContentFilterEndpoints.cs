using PageShare.Application.Common.Messaging;
using PageShare.Application.ContentFilters;
using PageShare.Application.ContentFilters.Commands.BlockUser;
using PageShare.Application.ContentFilters.Commands.MuteUser;
using PageShare.Application.ContentFilters.Commands.UnblockUser;
using PageShare.Application.ContentFilters.Commands.UnmuteUser;
using PageShare.Application.ContentFilters.Queries.ListContentFilters;

namespace PageShare.WebApi.Endpoints;

public static class ContentFilterEndpoints
{
    public static IEndpointRouteBuilder MapContentFilterEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapPost("/users/{userId:guid}/mute", MuteUser).WithName(nameof(MuteUser)).WithTags("Content filters")
            .WithSummary("Mute a user: their posts and comments leave your lists (not their profile or a post opened directly). "
                + "Idempotent; 200 {muted: true}")
            .RequireUser().ProducesErrors(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound, StatusCodes.Status422UnprocessableEntity);
        api.MapDelete("/users/{userId:guid}/mute", UnmuteUser).WithName(nameof(UnmuteUser)).WithTags("Content filters")
            .WithSummary("Unmute a user; idempotent")
            .RequireUser().ProducesErrors(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound, StatusCodes.Status422UnprocessableEntity);
        api.MapPost("/users/{userId:guid}/block", BlockUser).WithName(nameof(BlockUser)).WithTags("Content filters")
            .WithSummary("Block a user: you become invisible to each other and follows both ways end. Idempotent; 200 {blocked: true}")
            .RequireUser().ProducesErrors(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound, StatusCodes.Status422UnprocessableEntity);
        api.MapDelete("/users/{userId:guid}/block", UnblockUser).WithName(nameof(UnblockUser)).WithTags("Content filters")
            .WithSummary("Unblock a user; idempotent; ended follows are not restored")
            .RequireUser().ProducesErrors(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound, StatusCodes.Status422UnprocessableEntity);
        api.MapGet("/content-filters", ListContentFilters).WithName(nameof(ListContentFilters)).WithTags("Content filters")
            .WithSummary("The users you muted and blocked, newest first")
            .RequireUser();
        return api;
    }

    private static async Task<Ok<MuteStateDto>> MuteUser(Guid userId, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new MuteUserCommand(userId), ct));

    private static async Task<NoContent> UnmuteUser(Guid userId, ISender sender, CancellationToken ct)
    {
        await sender.Send(new UnmuteUserCommand(userId), ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<BlockStateDto>> BlockUser(Guid userId, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new BlockUserCommand(userId), ct));

    private static async Task<NoContent> UnblockUser(Guid userId, ISender sender, CancellationToken ct)
    {
        await sender.Send(new UnblockUserCommand(userId), ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<ContentFiltersDto>> ListContentFilters(ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ListContentFiltersQuery(), ct));
}
