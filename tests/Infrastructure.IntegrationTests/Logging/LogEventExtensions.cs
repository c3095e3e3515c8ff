using Serilog.Events;

namespace PageShare.Infrastructure.IntegrationTests.Logging;

internal static class LogEventExtensions
{
    /// <summary>The raw value of a scalar property, or null.</summary>
    public static object? Scalar(this LogEvent logEvent, string name)
        => logEvent.Properties.TryGetValue(name, out var value) && value is ScalarValue scalar ? scalar.Value : null;
}
