namespace PageShare.WebApi.RateLimiting;

/// <summary>Requests per window, per signed-in user or, without a token, per client IP. Writes are stricter.</summary>
public sealed record RateLimitSettings(int ReadsPerWindow, int WritesPerWindow, TimeSpan Window, bool Enabled)
{
    /// <summary><c>POST /errors/log</c>: per client IP, and also per user when signed in.</summary>
    public int ErrorReportsPerWindow { get; init; } = 30;

    public static RateLimitSettings FromConfiguration(IConfiguration configuration) => new(
        configuration.GetValue("RATE_LIMIT_READS_PER_MINUTE", 600),
        configuration.GetValue("RATE_LIMIT_WRITES_PER_MINUTE", 120),
        TimeSpan.FromSeconds(configuration.GetValue("RATE_LIMIT_WINDOW_SECONDS", 60)),
        configuration.GetValue("RATE_LIMIT_ENABLED", true))
    {
        ErrorReportsPerWindow = configuration.GetValue("RATE_LIMIT_ERROR_REPORTS_PER_MINUTE", 30),
    };
}
