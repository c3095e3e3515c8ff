using System.Text;
using PageShare.Application.Common.Messaging;
using PageShare.Application.Metrics;
using PageShare.Application.Metrics.Export;
using PageShare.Application.Metrics.Queries.ExportMetrics;
using PageShare.Application.Metrics.Queries.GetEngagementMetrics;
using PageShare.Application.Metrics.Queries.GetGrowthMetrics;
using PageShare.Application.Metrics.Queries.GetMetricsDashboard;
using PageShare.Application.Metrics.Queries.GetTrendingMetrics;
using PageShare.Application.Metrics.Queries.GetUserMetrics;

namespace PageShare.WebApi.Endpoints;

/// <summary>Admin metrics (docs/metrics.md defines every figure). <c>/metrics/health</c> is mapped by HealthMetricsEndpoints.</summary>
public static class MetricsEndpoints
{
    public static RouteGroupBuilder MapMetricsEndpoints(this IEndpointRouteBuilder api)
    {
        var metrics = api.MapGroup("/metrics").WithTags("Metrics");
        metrics.MapGet("/dashboard", GetMetricsDashboard).WithName(nameof(GetMetricsDashboard))
            .WithSummary("Every metrics group in one body (admin)")
            .RequireUser().ProducesErrors(StatusCodes.Status403Forbidden);
        metrics.MapGet("/users", GetUserMetrics).WithName(nameof(GetUserMetrics))
            .WithSummary("DAU, WAU, MAU, signups (day, 7 and 30 days), D1/D7/D30 retention by signup cohort, churn, countries (admin)")
            .RequireUser().ProducesErrors(StatusCodes.Status403Forbidden);
        metrics.MapGet("/engagement", GetEngagementMetrics).WithName(nameof(GetEngagementMetrics))
            .WithSummary("Actions per active user and per post, active users by action, over the 30 days ending today (admin)")
            .RequireUser().ProducesErrors(StatusCodes.Status403Forbidden);
        metrics.MapGet("/growth", GetGrowthMetrics).WithName(nameof(GetGrowthMetrics))
            .WithSummary("User, content and engagement growth week over week and 30 days over 30 days, and the viral coefficient (admin)")
            .RequireUser().ProducesErrors(StatusCodes.Status403Forbidden);
        metrics.MapGet("/trending", GetTrendingMetrics).WithName(nameof(GetTrendingMetrics))
            .WithSummary("Trending tickers over 1, 7 and 30 completed days and the top posts of the last 7 days (admin)")
            .RequireUser().ProducesErrors(StatusCodes.Status403Forbidden);
        metrics.MapGet("/export", ExportMetrics).WithName(nameof(ExportMetrics))
            .WithSummary("The daily time series as CSV or JSON (admin): format=csv|json (json), from/to ISO dates (UTC days), "
                + "at most 366 days, not in the future")
            .WithDescription("CSV: RFC 4180, a header row; text cells starting with =, +, -, @, tab or CR get a leading '.")
            .Produces<MetricsExportDto>(StatusCodes.Status200OK, "application/json")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .RequireUser().ProducesErrors(StatusCodes.Status403Forbidden, StatusCodes.Status422UnprocessableEntity);
        return metrics;
    }

    private static async Task<Ok<MetricsDashboardDto>> GetMetricsDashboard(ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetMetricsDashboardQuery(), ct));

    private static async Task<Ok<UserMetricsDto>> GetUserMetrics(ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetUserMetricsQuery(), ct));

    private static async Task<Ok<EngagementMetricsDto>> GetEngagementMetrics(ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetEngagementMetricsQuery(), ct));

    private static async Task<Ok<GrowthMetricsDto>> GetGrowthMetrics(ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetGrowthMetricsQuery(), ct));

    private static async Task<Ok<TrendingMetricsDto>> GetTrendingMetrics(ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetTrendingMetricsQuery(), ct));

    private static async Task<Results<Ok<MetricsExportDto>, FileContentHttpResult>> ExportMetrics(ISender sender, CancellationToken ct,
        string? format = null, string? from = null, string? to = null)
    {
        var export = await sender.Send(new ExportMetricsQuery(format, from, to), ct);
        if (format == ExportMetricsQuery.Csv)
        {
            return TypedResults.File(Encoding.UTF8.GetBytes(MetricsCsv.Write(export)), "text/csv; charset=utf-8", MetricsCsv.FileName(export));
        }

        return TypedResults.Ok(export);
    }
}
