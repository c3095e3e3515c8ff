namespace PageShare.WebApi.Middleware;

/// <summary>
/// Echoes a well-formed incoming <c>X-Request-ID</c> or makes a new one; it becomes the TraceIdentifier,
/// so logs, error bodies and the response header all carry the same id.
/// </summary>
internal sealed class RequestIdMiddleware(RequestDelegate next)
{
    public const string HeaderName = "X-Request-ID";
    private const int MaxLength = 128;

    public Task InvokeAsync(HttpContext context)
    {
        var incoming = context.Request.Headers[HeaderName].ToString();
        context.TraceIdentifier = IsWellFormed(incoming) ? incoming : Guid.NewGuid().ToString("N");
        context.Response.OnStarting(() =>
        {
            context.Response.Headers[HeaderName] = context.TraceIdentifier;
            return Task.CompletedTask;
        });
        return next(context);
    }

    // Only ids that are safe to echo into headers and logs.
    private static bool IsWellFormed(string value) =>
        value.Length is > 0 and <= MaxLength
        && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':');
}
