using Microsoft.AspNetCore.Mvc;
using PageShare.Application.Common.Messaging;
using PageShare.Application.Storage;
using PageShare.Application.Users;
using PageShare.Application.Users.Commands.ChangeProfilePicture;
using PageShare.Application.Users.Commands.RemoveProfilePicture;

namespace PageShare.WebApi.Endpoints;

public static class ProfilePictureEndpoints
{
    /// <summary>The picture's 5 MiB plus room for the multipart boundary and part headers; the handler enforces the exact limit.</summary>
    public const long MaxRequestBytes = ImageUploadRules.MaxBytes + (64 * 1024);

    public static RouteGroupBuilder MapProfilePictureEndpoints(this IEndpointRouteBuilder api)
    {
        var pictures = api.MapGroup("/users/me/profile-picture").WithTags("Users");
        pictures.MapPost("", ChangeProfilePicture).WithName(nameof(ChangeProfilePicture))
            .WithSummary("Replace the caller's profile picture (multipart field 'file': JPEG, PNG or WebP, at most 5 MiB and 4096x4096)")
            .RequireUser()
            .DisableAntiforgery() // bearer tokens, no cookies: there is no cross-site form to forge
            .WithMetadata(new RequestSizeLimitAttribute(MaxRequestBytes))
            .ProducesErrors(StatusCodes.Status403Forbidden, StatusCodes.Status413PayloadTooLarge,
                StatusCodes.Status415UnsupportedMediaType, StatusCodes.Status422UnprocessableEntity);
        pictures.MapDelete("", RemoveProfilePicture).WithName(nameof(RemoveProfilePicture))
            .WithSummary("Remove the caller's profile picture")
            .RequireUser()
            .ProducesErrors(StatusCodes.Status403Forbidden);
        return pictures;
    }

    private static async Task<Ok<CurrentUserDto>> ChangeProfilePicture(IFormFile? file, ISender sender, CancellationToken ct)
    {
        await using var content = file?.OpenReadStream();
        return TypedResults.Ok(await sender.Send(new ChangeProfilePictureCommand(content, file?.FileName, file?.Length ?? 0), ct));
    }

    private static async Task<NoContent> RemoveProfilePicture(ISender sender, CancellationToken ct)
    {
        await sender.Send(new RemoveProfilePictureCommand(), ct);
        return TypedResults.NoContent();
    }
}
