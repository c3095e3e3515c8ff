using Microsoft.AspNetCore.Mvc;
using PageShare.Application.Common.Idempotency;
using PageShare.Application.Common.Messaging;
using PageShare.Application.Common.Paging;
using PageShare.Application.Posts;
using PageShare.Application.Posts.Commands.CreatePost;
using PageShare.Application.Posts.Commands.DeletePost;
using PageShare.Application.Posts.Queries.GetPost;
using PageShare.Application.Posts.Queries.ListPosts;

namespace PageShare.WebApi.Endpoints;

public static class PostEndpoints
{
    public static RouteGroupBuilder MapPostEndpoints(this IEndpointRouteBuilder api)
    {
        var posts = api.MapGroup("/posts").WithTags("Posts");
        posts.MapPost("/", CreatePost).WithName(nameof(CreatePost))
            .WithSummary("Create a post; tickers are extracted from the text. With an Idempotency-Key header (1-100 characters, kept 24 h "
                + "per user) a repeat returns the post created the first time (201) and creates nothing; the key with another body is 422")
            .RequireUser()
            .ProducesErrors(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound, StatusCodes.Status413PayloadTooLarge,
                StatusCodes.Status415UnsupportedMediaType, StatusCodes.Status422UnprocessableEntity);
        posts.MapGet("/", ListPosts).WithName(nameof(ListPosts))
            .WithSummary("Posts, newest first; filter by author_id or ticker")
            .AllowUser().ProducesErrors(StatusCodes.Status422UnprocessableEntity);
        posts.MapGet("/{postId:guid}", GetPost).WithName(nameof(GetPost))
            .WithSummary("A post; 404 when deleted or unknown")
            .AllowUser().ProducesErrors(StatusCodes.Status404NotFound);
        posts.MapDelete("/{postId:guid}", DeletePost).WithName(nameof(DeletePost))
            .WithSummary("Soft-delete a post (author or admin)")
            .RequireUser().ProducesErrors(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);

        api.MapGet("/users/{userId:guid}/posts", ListUserPosts).WithName(nameof(ListUserPosts)).WithTags("Posts")
            .WithSummary("A user's posts, newest first")
            .AllowUser().ProducesErrors(StatusCodes.Status422UnprocessableEntity);
        return posts;
    }

    private static async Task<CreatedAtRoute<PostDto>> CreatePost(CreatePostCommand command, ISender sender, CancellationToken ct,
        [FromHeader(Name = IdempotencyKeys.HeaderName)] string? idempotencyKey = null)
    {
        IRequest<PostDto> request = idempotencyKey is null ? command : new IdempotentCreatePostCommand(idempotencyKey, command);
        var post = await sender.Send(request, ct);
        return TypedResults.CreatedAtRoute(post, nameof(GetPost), new { postId = post.Id });
    }

    private static async Task<Ok<CursorPage<PostDto>>> ListPosts(ISender sender, CancellationToken ct,
        [FromQuery(Name = "author_id")] Guid? authorId = null, string? ticker = null, int? limit = null, string? cursor = null) =>
        TypedResults.Ok(await sender.Send(new ListPostsQuery(authorId, ticker, limit, cursor), ct));

    private static async Task<Ok<PostDto>> GetPost(Guid postId, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetPostQuery(postId), ct));

    private static async Task<NoContent> DeletePost(Guid postId, ISender sender, CancellationToken ct)
    {
        await sender.Send(new DeletePostCommand(postId), ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<CursorPage<PostDto>>> ListUserPosts(Guid userId, ISender sender, CancellationToken ct,
        int? limit = null, string? cursor = null) =>
        TypedResults.Ok(await sender.Send(new ListPostsQuery(userId, null, limit, cursor), ct));
}
