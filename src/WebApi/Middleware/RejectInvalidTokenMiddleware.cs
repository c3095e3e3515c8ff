using Microsoft.AspNetCore.Authentication;

namespace PageShare.WebApi.Middleware;

/// <summary>
/// A token that fails verification is answered with 401 <c>AUTH_INVALID</c> even on routes where a token is
/// optional: silently treating an expired session as signed-out would hide the need to refresh it.
/// </summary>
internal sealed class RejectInvalidTokenMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        // The authentication middleware keeps only successes; asking again reuses the handler's per-request result.
        if (context.Request.Headers.Authorization.Count > 0 && !context.Request.Path.StartsWithSegments("/health")
            && (await context.AuthenticateAsync()).Failure is not null)
        {
            await context.ChallengeAsync();
            return;
        }

        await next(context);
    }
}
