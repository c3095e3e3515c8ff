using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace PageShare.Infrastructure.Activity;

/// <summary>
/// <c>ACTIVITY_FLUSH_SECONDS</c> (default 5): how often buffered activity is written.
/// <c>ACTIVITY_BUFFER_MAX_USERS</c> (default 50 000): distinct users held between flushes; beyond it new users'
/// requests are dropped (and counted in a warning) rather than let memory grow.
/// </summary>
internal sealed record ActivityOptions(TimeSpan FlushInterval, int MaxPendingUsers)
{
    /// <summary>Silence that ends a session (0010_user_sessions.sql).</summary>
    public static readonly TimeSpan SessionGap = TimeSpan.FromMinutes(30);

    /// <summary><c>users.last_active_at</c> moves only when it is at least this much older than the new time.</summary>
    public static readonly TimeSpan LastActiveResolution = TimeSpan.FromMinutes(5);

    public static ActivityOptions Default { get; } = new(TimeSpan.FromSeconds(5), 50_000);

    public static ActivityOptions FromConfiguration(IConfiguration configuration) => new(
        double.TryParse(configuration["ACTIVITY_FLUSH_SECONDS"], NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds > 0
            ? TimeSpan.FromSeconds(seconds) : Default.FlushInterval,
        int.TryParse(configuration["ACTIVITY_BUFFER_MAX_USERS"], NumberStyles.Integer, CultureInfo.InvariantCulture, out var users) && users > 0
            ? users : Default.MaxPendingUsers);
}
