namespace PageShare.WebApi.RateLimiting;

/// <summary>
/// Endpoint metadata: the endpoint has its own, tighter limit per IP and per user instead of the write bucket, so a
/// browser stuck in an error loop neither floods the endpoint nor uses up the user's budget for posting.
/// </summary>
internal sealed class ErrorReportRateLimit
{
    public static readonly ErrorReportRateLimit Instance = new();

    private ErrorReportRateLimit()
    {
    }
}
