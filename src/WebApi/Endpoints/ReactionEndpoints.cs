using PageShare.Application.Common.Messaging;
using PageShare.Application.Reactions;
using PageShare.Application.Reactions.Commands.ToggleReaction;
using PageShare.Domain.Engagement;

namespace PageShare.WebApi.Endpoints;

public static class ReactionEndpoints
{
    public static IEndpointRouteBuilder MapReactionEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapPost("/posts/{postId:guid}/reactions", TogglePostReaction).WithName(nameof(TogglePostReaction)).WithTags("Reactions")
            .WithSummary("Like the post, or unlike it when already liked")
            .RequireUser().ProducesErrors(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
        api.MapPost("/comments/{commentId:guid}/reactions", ToggleCommentReaction).WithName(nameof(ToggleCommentReaction)).WithTags("Reactions")
            .WithSummary("Like the comment, or unlike it when already liked")
            .RequireUser().ProducesErrors(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
        return api;
    }

    private static async Task<Ok<ReactionDto>> TogglePostReaction(Guid postId, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ToggleReactionCommand(ReactionTarget.Post, postId), ct));

    private static async Task<Ok<ReactionDto>> ToggleCommentReaction(Guid commentId, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ToggleReactionCommand(ReactionTarget.Comment, commentId), ct));
}
