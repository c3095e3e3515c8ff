using PageShare.Application.Common.Messaging;
using PageShare.Application.Health;
using PageShare.Application.Health.Queries.GetReadiness;

namespace PageShare.WebApi.Endpoints;

public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        var health = app.MapGroup("/health").WithTags("Health");
        health.MapGet("/live", GetLiveness).WithName(nameof(GetLiveness)).WithSummary("200 while the process runs");
        health.MapGet("/ready", GetReadiness).WithName(nameof(GetReadiness))
            .WithSummary("200 when the database answers and no migration is pending; 503 otherwise")
            .Produces<ReadinessDto>(StatusCodes.Status200OK)
            .Produces<ReadinessDto>(StatusCodes.Status503ServiceUnavailable);
        return app;
    }

    private static Ok<LivenessDto> GetLiveness() => TypedResults.Ok(new LivenessDto("ok"));

    private static async Task<JsonHttpResult<ReadinessDto>> GetReadiness(ISender sender, CancellationToken ct)
    {
        var readiness = await sender.Send(new GetReadinessQuery(), ct);
        return TypedResults.Json(readiness, statusCode: readiness.IsReady() ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
    }
}

public sealed record LivenessDto(string Status);
