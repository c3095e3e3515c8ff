using PageShare.Application.Common.Interfaces;

namespace PageShare.WebApi.Middleware;

/// <summary>
/// Notes each request of a verified user (anonymous Supabase users too: they are users with a profile row) for
/// <c>last_active_at</c> and <c>user_sessions</c>. Runs after the rate limiter, so rejected floods are not activity;
/// the note goes to an in-memory buffer, never to the database on the request's path.
/// </summary>
internal sealed class ActivityTrackingMiddleware(RequestDelegate next, IActivityRecorder recorder)
{
    public async Task InvokeAsync(HttpContext context, ICurrentUser currentUser)
    {
        try
        {
            await next(context);
        }
        finally
        {
            // Noted when the request ends: by then the handler has provisioned a first-time user's profile row,
            // which the batched write needs (it skips users without one).
            if (currentUser.Id is { } userId)
            {
                recorder.Record(userId);
            }
        }
    }
}
