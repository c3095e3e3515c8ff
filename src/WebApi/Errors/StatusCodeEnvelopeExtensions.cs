using PageShare.Infrastructure.Identity;

namespace PageShare.WebApi.Errors;

/// <summary>Gives bodiless error responses (unknown route, 405, auth challenge, 403) the same envelope as everything else.</summary>
internal static class StatusCodeEnvelopeExtensions
{
    public static IApplicationBuilder UseErrorEnvelopeForStatusCodes(this IApplicationBuilder app) =>
        app.UseStatusCodePages(async context =>
        {
            var http = context.HttpContext;
            var writer = http.RequestServices.GetRequiredService<ErrorResponseWriter>();
            var (code, message) = http.Response.StatusCode switch
            {
                401 => (http.Items[AuthErrorItems.CodeKey] as string ?? ErrorCodes.AuthRequired,
                    http.Items[AuthErrorItems.MessageKey] as string ?? "Authentication is required."),
                403 => (ErrorCodes.PermissionDenied, "You are not allowed to do this."),
                404 => (ErrorCodes.NotFound, "No resource matches this path."),
                405 => (ErrorCodes.MethodNotAllowed, $"{http.Request.Method} is not allowed on this path."),
                413 => (ErrorCodes.PayloadTooLarge, "The request body is too large."),
                415 => (ErrorCodes.UnsupportedMediaType, "This content type is not supported here."),
                429 => (ErrorCodes.RateLimitExceeded, "Too many requests; retry after the time in Retry-After."),
                503 => (ErrorCodes.ServiceUnavailable, "The service is temporarily unavailable."),
                >= 500 => (ErrorCodes.InternalError, "An unexpected error occurred."),
                _ => (ErrorCodes.ValidationError, "The request is invalid."),
            };
            await writer.WriteAsync(http, http.Response.StatusCode, code, message);
        });
}
