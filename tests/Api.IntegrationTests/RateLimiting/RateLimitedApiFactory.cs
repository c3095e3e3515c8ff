using PageShare.Api.IntegrationTests.Infrastructure;

namespace PageShare.Api.IntegrationTests.RateLimiting;

/// <summary>A host with tiny limits and a long window, so a handful of requests reach the limit deterministically.</summary>
public sealed class RateLimitedApiFactory : PageShareApiFactory
{
    public const int Reads = 3;
    public const int Writes = 2;
    public const int ErrorReports = 4;

    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["RATE_LIMIT_ENABLED"] = "true",
        ["RATE_LIMIT_READS_PER_MINUTE"] = Reads.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["RATE_LIMIT_WRITES_PER_MINUTE"] = Writes.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["RATE_LIMIT_WINDOW_SECONDS"] = "600",
        ["RATE_LIMIT_ERROR_REPORTS_PER_MINUTE"] = ErrorReports.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
