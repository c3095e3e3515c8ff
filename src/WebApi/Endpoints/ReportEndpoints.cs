using Microsoft.AspNetCore.Mvc;
using PageShare.Application.Common.Messaging;
using PageShare.Application.Common.Paging;
using PageShare.Application.Reports;
using PageShare.Application.Reports.Commands.CreateReport;
using PageShare.Application.Reports.Commands.ModerateReport;
using PageShare.Application.Reports.Queries.ListReports;

namespace PageShare.WebApi.Endpoints;

public static class ReportEndpoints
{
    public static RouteGroupBuilder MapReportEndpoints(this IEndpointRouteBuilder api)
    {
        var reports = api.MapGroup("/reports").WithTags("Reports");
        reports.MapPost("/", CreateReport).WithName(nameof(CreateReport))
            .WithSummary("Report a post, comment or user; 404 for an unknown or deleted target, 409 for a second open report of it")
            .RequireUser().ProducesErrors(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound,
                StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);
        reports.MapGet("/", ListReports).WithName(nameof(ListReports))
            .WithSummary("The moderation queue (admin), newest first; filters status (open, resolved, dismissed) and target_type")
            .WithDescription("reporters_count = open reports of the same target (one open report per reporter and target).")
            .RequireUser().ProducesErrors(StatusCodes.Status403Forbidden, StatusCodes.Status422UnprocessableEntity);
        reports.MapPatch("/{reportId:guid}", ModerateReport).WithName(nameof(ModerateReport))
            .WithSummary("Close a report (admin): status resolved or dismissed; action delete_content (resolved only) soft-deletes "
                + "the reported post or comment; 409 when already closed")
            .RequireUser().ProducesErrors(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound,
                StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);
        return reports;
    }

    private static async Task<Created<ReportDto>> CreateReport(CreateReportCommand command, ISender sender, CancellationToken ct)
    {
        var report = await sender.Send(command, ct);
        // No GET /reports/{id} for reporters: the queue is for admins.
        return TypedResults.Created((string?)null, report);
    }

    private static async Task<Ok<CursorPage<ModerationReportDto>>> ListReports(ISender sender, CancellationToken ct,
        string? status = null, [FromQuery(Name = "target_type")] string? targetType = null, int? limit = null, string? cursor = null) =>
        TypedResults.Ok(await sender.Send(new ListReportsQuery(status, targetType, limit, cursor), ct));

    private static async Task<Ok<ModerationReportDto>> ModerateReport(Guid reportId, ModerateReportRequest body, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ModerateReportCommand(reportId, body.Status, body.Action), ct));
}
