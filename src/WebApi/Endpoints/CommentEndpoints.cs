using PageShare.Application.Comments;
using PageShare.Application.Comments.Commands.CreateComment;
using PageShare.Application.Comments.Commands.DeleteComment;
using PageShare.Application.Comments.Queries.ListComments;
using PageShare.Application.Common.Messaging;
using PageShare.Application.Common.Paging;

namespace PageShare.WebApi.Endpoints;

public static class CommentEndpoints
{
    public static IEndpointRouteBuilder MapCommentEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapPost("/posts/{postId:guid}/comments", CreateComment).WithName(nameof(CreateComment)).WithTags("Comments")
            .WithSummary("Comment on a post, or reply to one of its comments with parent_id")
            .RequireUser()
            .ProducesErrors(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound, StatusCodes.Status413PayloadTooLarge,
                StatusCodes.Status415UnsupportedMediaType, StatusCodes.Status422UnprocessableEntity);
        api.MapGet("/posts/{postId:guid}/comments", ListComments).WithName(nameof(ListComments)).WithTags("Comments")
            .WithSummary("A post's comments and replies, oldest first")
            .AllowUser().ProducesErrors(StatusCodes.Status404NotFound, StatusCodes.Status422UnprocessableEntity);
        api.MapDelete("/comments/{commentId:guid}", DeleteComment).WithName(nameof(DeleteComment)).WithTags("Comments")
            .WithSummary("Soft-delete a comment (its author, the post's author or an admin)")
            .RequireUser().ProducesErrors(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
        return api;
    }

    private static async Task<Created<CommentDto>> CreateComment(Guid postId, CreateCommentCommand command, ISender sender, CancellationToken ct)
    {
        // No GET /comments/{id} exists to point a Location header at.
        var comment = await sender.Send(command with { PostId = postId }, ct);
        return TypedResults.Created((string?)null, comment);
    }

    private static async Task<Ok<CursorPage<CommentDto>>> ListComments(Guid postId, ISender sender, CancellationToken ct,
        int? limit = null, string? cursor = null) =>
        TypedResults.Ok(await sender.Send(new ListCommentsQuery(postId, limit, cursor), ct));

    private static async Task<NoContent> DeleteComment(Guid commentId, ISender sender, CancellationToken ct)
    {
        await sender.Send(new DeleteCommentCommand(commentId), ct);
        return TypedResults.NoContent();
    }
}
