using Microsoft.Extensions.Logging;

namespace PageShare.Infrastructure.IntegrationTests.Geolocation;

public sealed record CapturedLog(string Category, LogLevel Level, string Message, string Values, string? Exception)
{
    public bool Mentions(string text) =>
        Message.Contains(text, StringComparison.OrdinalIgnoreCase)
        || Values.Contains(text, StringComparison.OrdinalIgnoreCase)
        || (Exception?.Contains(text, StringComparison.OrdinalIgnoreCase) ?? false);
}
