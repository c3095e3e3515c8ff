using PageShare.Application.Common.Messaging;
using PageShare.Application.Metrics.Queries.GetHealthMetrics;

namespace PageShare.WebApi.Endpoints;

public static class HealthMetricsEndpoints
{
    public static RouteGroupBuilder MapHealthMetricsEndpoints(this IEndpointRouteBuilder api)
    {
        var metrics = api.MapGroup("/metrics").WithTags("Metrics");
        metrics.MapGet("/health", GetHealthMetrics).WithName(nameof(GetHealthMetrics))
            .WithSummary("Platform health (admin): request count, error rates and latency p50/p95/p99 overall and per route over "
                + "the sliding window of this API process, database size and connections, slowest queries, storage usage")
            .WithDescription("Definitions: docs/metrics.md \"Health\". slow_queries.source is pg_stat_statements when that extension "
                + "is installed and readable, else app (this process's log of commands slower than threshold_ms).")
            .RequireUser().ProducesErrors(StatusCodes.Status403Forbidden);
        return metrics;
    }

    private static async Task<Ok<HealthMetricsDto>> GetHealthMetrics(ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetHealthMetricsQuery(), ct));
}
