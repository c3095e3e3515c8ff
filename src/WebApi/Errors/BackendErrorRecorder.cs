using PageShare.Application.Errors;
using PageShare.Domain.Errors;
using PageShare.Infrastructure.Persistence.ErrorLogs;
using PageShare.WebApi.Logging;

namespace PageShare.WebApi.Errors;

/// <summary>
/// Writes an unhandled exception to <c>error_logs</c> and never fails: the database may be the very thing that
/// failed. Bounded by <see cref="ErrorLogSettings.Timeout"/>; a failed write is a Warning, below the Sentry sink's
/// level, so one error never becomes two events (or a loop).
/// </summary>
internal sealed class BackendErrorRecorder(IErrorLogStore store, ILogger<BackendErrorRecorder> logger)
{
    public async Task RecordAsync(HttpContext context, Exception exception, int status)
    {
        try
        {
            // Not RequestAborted: a client that hung up does not make the error less real.
            using var timeout = new CancellationTokenSource(ErrorLogSettings.Timeout);
            await store.RecordAsync(Report(context, exception, status), timeout.Token);
        }
        catch (Exception failure) when (failure is not OutOfMemoryException)
        {
            logger.LogWarning("Could not write the error to error_logs ({FailureType}: {FailureMessage})",
                failure.GetType().Name, failure.Message);
        }
    }

    private static ErrorReport Report(HttpContext context, Exception exception, int status) =>
        new(ErrorSource.Backend, ErrorLevel.Error, exception.Message)
        {
            Stack = exception.ToString(),
            ExceptionType = exception.GetType().FullName,
            Route = RequestLoggingMiddleware.RoutePattern(context),
            Method = context.Request.Method,
            StatusCode = status,
            UserAgent = context.Request.Headers.UserAgent.ToString() is { Length: > 0 } agent ? agent : null,
            UserId = Guid.TryParse(HttpRequestEnricher.UserId(context.User), out var userId) ? userId : null,
            RequestId = context.TraceIdentifier,
        };
}
