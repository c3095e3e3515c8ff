using System.Security.Claims;
using System.Threading.RateLimiting;

namespace PageShare.WebApi.RateLimiting;

/// <summary>
/// The <see cref="ErrorReportRateLimit"/> policy: a report needs a permit from its client IP's window and, when signed
/// in, from its user's window too, so neither many IPs for one user nor many (anonymous) users on one IP get around it.
/// </summary>
internal static class ErrorReportLimiter
{
    public static PartitionedRateLimiter<HttpContext> Create(RateLimitSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var perIp = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            Window($"errors:ip:{context.Connection.RemoteIpAddress?.ToString() ?? "unknown"}", settings));
        var perUser = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            context.User.FindFirstValue("sub") is { } userId
                ? Window($"errors:user:{userId}", settings)
                : RateLimitPartition.GetNoLimiter("errors:anonymous"));
        return PartitionedRateLimiter.CreateChained(perIp, perUser);
    }

    private static RateLimitPartition<string> Window(string key, RateLimitSettings settings) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = settings.ErrorReportsPerWindow,
            Window = settings.Window,
            QueueLimit = 0,
            AutoReplenishment = true,
        });
}
