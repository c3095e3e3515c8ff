using PageShare.Application.Bookmarks;
using PageShare.Application.Bookmarks.Commands.CreateBookmark;
using PageShare.Application.Bookmarks.Commands.DeleteBookmark;
using PageShare.Application.Bookmarks.Queries.ListBookmarks;
using PageShare.Application.Common.Messaging;
using PageShare.Application.Common.Paging;
using PageShare.Application.Posts;

namespace PageShare.WebApi.Endpoints;

public static class BookmarkEndpoints
{
    public static IEndpointRouteBuilder MapBookmarkEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapPost("/posts/{postId:guid}/bookmarks", CreateBookmark).WithName(nameof(CreateBookmark)).WithTags("Bookmarks")
            .WithSummary("Bookmark a post, idempotent")
            .RequireUser().ProducesErrors(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
        api.MapDelete("/posts/{postId:guid}/bookmarks", DeleteBookmark).WithName(nameof(DeleteBookmark)).WithTags("Bookmarks")
            .WithSummary("Remove a bookmark, idempotent")
            .RequireUser().ProducesErrors(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
        api.MapGet("/bookmarks", ListBookmarks).WithName(nameof(ListBookmarks)).WithTags("Bookmarks")
            .WithSummary("Your bookmarked posts, newest bookmark first; private; deleted posts drop out")
            .RequireUser().ProducesErrors(StatusCodes.Status422UnprocessableEntity);
        return api;
    }

    private static async Task<Ok<BookmarkDto>> CreateBookmark(Guid postId, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new CreateBookmarkCommand(postId), ct));

    private static async Task<NoContent> DeleteBookmark(Guid postId, ISender sender, CancellationToken ct)
    {
        await sender.Send(new DeleteBookmarkCommand(postId), ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<CursorPage<PostDto>>> ListBookmarks(ISender sender, CancellationToken ct, int? limit = null, string? cursor = null) =>
        TypedResults.Ok(await sender.Send(new ListBookmarksQuery(limit, cursor), ct));
}
