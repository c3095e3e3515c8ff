namespace PageShare.WebApi.Logging;

public static class RequestLoggingExtensions
{
    /// <summary>Place right after the request-id middleware, before authentication and the exception handler.</summary>
    public static IApplicationBuilder UseRequestLogging(this IApplicationBuilder app)
        => app.UseMiddleware<RequestLoggingMiddleware>();
}
