using Microsoft.AspNetCore.Mvc;
using PageShare.Application.Common.Messaging;
using PageShare.Application.Common.Paging;
using PageShare.Application.Errors;
using PageShare.Application.Errors.Commands.LogClientError;
using PageShare.Application.Errors.Commands.ResolveError;
using PageShare.Application.Errors.Queries.ListErrors;
using PageShare.WebApi.RateLimiting;

namespace PageShare.WebApi.Endpoints;

public static class ErrorEndpoints
{
    /// <summary>A frontend error report is small; a bigger one is a bug or abuse (API.md: "size-limited").</summary>
    public const long MaxReportBytes = 16 * 1024;

    public static RouteGroupBuilder MapErrorEndpoints(this IEndpointRouteBuilder api)
    {
        var errors = api.MapGroup("/errors").WithTags("Errors");
        errors.MapPost("/log", LogClientError).WithName(nameof(LogClientError))
            .WithSummary("Report a frontend error; at most 16 KiB; identical reports (message and top stack frame) are counted "
                + "in one group; rate-limited per IP and per user, separately from other writes; 202")
            .AllowUser()
            .WithMetadata(new RequestSizeLimitAttribute(MaxReportBytes))
            .WithMetadata(ErrorReportRateLimit.Instance)
            .ProducesErrors(StatusCodes.Status413PayloadTooLarge, StatusCodes.Status422UnprocessableEntity);
        errors.MapGet("/", ListErrors).WithName(nameof(ListErrors))
            .WithSummary("Error groups (admin), most recently seen first; filters resolved (true, false) and source (backend, frontend)")
            .RequireUser().ProducesErrors(StatusCodes.Status403Forbidden, StatusCodes.Status422UnprocessableEntity);
        errors.MapPatch("/{errorId:guid}/resolve", ResolveError).WithName(nameof(ResolveError))
            .WithSummary("Mark an error group resolved (admin); idempotent; the next occurrence opens a new group")
            .RequireUser().ProducesErrors(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
        return errors;
    }

    private static async Task<Accepted> LogClientError(LogClientErrorCommand command, ISender sender, CancellationToken ct)
    {
        await sender.Send(command, ct);
        return TypedResults.Accepted((string?)null);
    }

    private static async Task<Ok<CursorPage<ErrorLogDto>>> ListErrors(ISender sender, CancellationToken ct,
        bool? resolved = null, string? source = null, int? limit = null, string? cursor = null) =>
        TypedResults.Ok(await sender.Send(new ListErrorsQuery(resolved, source, limit, cursor), ct));

    private static async Task<Ok<ErrorLogDto>> ResolveError(Guid errorId, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ResolveErrorCommand(errorId), ct));
}
