using Microsoft.Extensions.Logging;
using PageShare.Application.Common.Interfaces;
using PageShare.Application.Common.Messaging;

namespace PageShare.Application.Common.Behaviours;

/// <summary>Logs each request's name, user and elapsed time; a warning when it is slow. Never the request body.</summary>
internal sealed class LoggingBehaviour<TRequest, TResponse>(
    ILogger<LoggingBehaviour<TRequest, TResponse>> logger, ICurrentUser currentUser, TimeProvider clock)
    : IPipelineBehavior<TRequest, TResponse>
    where TRequest : notnull
{
    public static readonly TimeSpan SlowThreshold = TimeSpan.FromMilliseconds(500);

    public async Task<TResponse> Handle(TRequest request, RequestHandlerDelegate<TResponse> next, CancellationToken cancellationToken)
    {
        var started = clock.GetTimestamp();
        var response = await next(cancellationToken);
        var elapsed = clock.GetElapsedTime(started);

        var requestName = typeof(TRequest).Name;
        if (elapsed > SlowThreshold)
        {
            logger.LogWarning("Slow request {RequestName} for {UserId} took {ElapsedMs} ms",
                requestName, currentUser.Id, (long)elapsed.TotalMilliseconds);
        }
        else
        {
            logger.LogDebug("Handled {RequestName} for {UserId} in {ElapsedMs} ms",
                requestName, currentUser.Id, (long)elapsed.TotalMilliseconds);
        }

        return response;
    }
}
