using PageShare.WebApi.Endpoints;
using PageShare.WebApi.Errors;
using PageShare.WebApi.Logging;
using PageShare.WebApi.Middleware;
using PageShare.WebApi.RateLimiting;

namespace PageShare.WebApi.Configuration;

internal static class Pipeline
{
    /// <summary>Order matters: the request id first (everything logs it), errors next, then auth before the per-user limiter.</summary>
    public static WebApplication UsePageSharePipeline(this WebApplication app)
    {
        app.UseMiddleware<RequestIdMiddleware>();
        app.UseRequestLogging();
        app.UseMiddleware<RequestMetricsMiddleware>();
        app.UseExceptionHandler();
        app.UseErrorEnvelopeForStatusCodes();
        app.UseCors();
        app.UseRouting();
        app.UseAuthentication();
        app.UseMiddleware<RejectInvalidTokenMiddleware>();
        app.UseMiddleware<RateLimitMiddleware>();
        app.UseMiddleware<ActivityTrackingMiddleware>();
        app.UseMiddleware<RequestBodyLimitMiddleware>();
        app.UseAuthorization();
        return app;
    }

    /// <summary>The table of contents of the API.</summary>
    public static WebApplication MapPageShareEndpoints(this WebApplication app)
    {
        var settings = app.Services.GetRequiredService<ApiSettings>();
        app.MapHealthEndpoints();
        app.MapStorageEndpoints();
        app.MapOpenApi("/openapi/{documentName}.json");
        app.UseSwaggerUI(ui =>
        {
            ui.SwaggerEndpoint("/openapi/v1.json", "PageShare API v1");
            ui.RoutePrefix = "swagger";
        });

        var api = app.MapGroup(settings.Prefix);
        api.MapAuthEndpoints();
        api.MapUserEndpoints();
        api.MapProfilePictureEndpoints();
        api.MapGeolocationEndpoints();
        api.MapPostEndpoints();
        api.MapCommentEndpoints();
        api.MapReactionEndpoints();
        api.MapRepostEndpoints();
        api.MapPollEndpoints();
        api.MapMediaEndpoints();
        api.MapTickerEndpoints();
        api.MapFollowEndpoints();
        api.MapBookmarkEndpoints();
        api.MapContentFilterEndpoints();
        api.MapReportEndpoints();
        api.MapSearchEndpoints();
        api.MapFeedEndpoints();
        api.MapMetricsEndpoints();
        api.MapErrorEndpoints();
        api.MapHealthMetricsEndpoints();
        return app;
    }
}
