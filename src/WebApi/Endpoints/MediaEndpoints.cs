using Microsoft.AspNetCore.Mvc;
using PageShare.Application.Common.Messaging;
using PageShare.Application.Media;
using PageShare.Application.Media.Commands.UploadMedia;
using PageShare.Application.Storage;

namespace PageShare.WebApi.Endpoints;

public static class MediaEndpoints
{
    /// <summary>The 20 MiB of files plus room for the multipart boundaries and part headers; the handler enforces the exact limits.</summary>
    public const long MaxRequestBytes = MediaUploadRules.MaxTotalBytes + (256 * 1024);

    public static RouteGroupBuilder MapMediaEndpoints(this IEndpointRouteBuilder api)
    {
        var media = api.MapGroup("/media").WithTags("Media");
        media.MapPost("/upload", UploadMedia).WithName(nameof(UploadMedia))
            .WithSummary($"Upload 1-{MediaUploadRules.MaxFiles} images for a post (multipart field 'files': JPEG, PNG, WebP or GIF by content, "
                + $"at most {ImageUploadRules.MaxBytes / (1024 * 1024)} MiB each and {MediaUploadRules.MaxTotalBytes / (1024 * 1024)} MiB in all); 201 with their URLs")
            .RequireUser()
            .DisableAntiforgery() // bearer tokens, no cookies: there is no cross-site form to forge
            .WithMetadata(new RequestSizeLimitAttribute(MaxRequestBytes))
            .ProducesErrors(StatusCodes.Status403Forbidden, StatusCodes.Status413PayloadTooLarge,
                StatusCodes.Status415UnsupportedMediaType, StatusCodes.Status422UnprocessableEntity);
        return media;
    }

    // 201 without a Location: the files have no API resource of their own, their URLs are in the body.
    private static async Task<Created<MediaUploadDto>> UploadMedia(IFormFileCollection form, ISender sender, CancellationToken ct)
    {
        var files = form.GetFiles("files").Select(f => new MediaFileInput(f.OpenReadStream, f.Length)).ToList();
        return TypedResults.Created((string?)null, await sender.Send(new UploadMediaCommand(files), ct));
    }
}
