using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using PageShare.Application.Common.Messaging;
using PageShare.Application.Posts;
using PageShare.Application.Posts.Commands.CreatePost;
using PageShare.Application.Reposts;
using PageShare.Application.Reposts.Commands.CreateRepost;
using PageShare.Application.Reposts.Commands.DeleteRepost;

namespace PageShare.WebApi.Endpoints;

public static class RepostEndpoints
{
    public static IEndpointRouteBuilder MapRepostEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapPost("/posts/{postId:guid}/reposts", CreateRepost).WithName(nameof(CreateRepost)).WithTags("Reposts")
            .WithSummary("No body (or {}): plain repost, idempotent, 200. {content}: quote post, 201 with the new post")
            .RequireUser()
            .ProducesErrors(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound, StatusCodes.Status413PayloadTooLarge,
                StatusCodes.Status415UnsupportedMediaType, StatusCodes.Status422UnprocessableEntity);
        api.MapDelete("/posts/{postId:guid}/reposts", DeleteRepost).WithName(nameof(DeleteRepost)).WithTags("Reposts")
            .WithSummary("Undo a plain repost, idempotent")
            .RequireUser().ProducesErrors(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
        return api;
    }

    // A content string, even empty, makes a quote (a quote may have no text); no content is a plain repost.
    private static async Task<Results<Ok<RepostDto>, CreatedAtRoute<PostDto>>> CreateRepost(Guid postId, ISender sender, CancellationToken ct,
        [FromBody(EmptyBodyBehavior = EmptyBodyBehavior.Allow)] RepostRequest? body = null)
    {
        if (body?.Content is null)
        {
            return TypedResults.Ok(await sender.Send(new CreateRepostCommand(postId), ct));
        }

        var quote = await sender.Send(new CreatePostCommand(body.Content, null, null, null, postId, null), ct);
        return TypedResults.CreatedAtRoute(quote, "GetPost", new { postId = quote.Id });
    }

    private static async Task<NoContent> DeleteRepost(Guid postId, ISender sender, CancellationToken ct)
    {
        await sender.Send(new DeleteRepostCommand(postId), ct);
        return TypedResults.NoContent();
    }
}
