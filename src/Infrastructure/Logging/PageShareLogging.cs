using Microsoft.Extensions.Configuration;
using PageShare.Infrastructure.Logging.Sentry;
using Serilog;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Json;

namespace PageShare.Infrastructure.Logging;

/// <summary>
/// Builds the application's Serilog logger: JSON lines on the console, log-context enrichment,
/// the redaction net, and the Sentry sink when <c>SENTRY_DSN</c> is set. Wire it with
/// <c>builder.Logging.ClearProviders(); builder.Logging.AddSerilog(logger, dispose: true);</c>
/// so disposing the host flushes the Sentry queue (bounded by <see cref="SentrySinkOptions.FlushTimeout"/>).
/// </summary>
public static class PageShareLogging
{
    public const string LogLevelKey = "LOG_LEVEL";
    public const string SentryDsnKey = "SENTRY_DSN";
    public const string SentryEnvironmentKey = "SENTRY_ENVIRONMENT";
    public const string SentryMinimumLevelKey = "SENTRY_MIN_LEVEL";

    public static Logger CreateLogger(IConfiguration configuration, string environmentName, string release)
        => CreateLogger(configuration, environmentName, release, output: null, timeProvider: null);

    internal static Logger CreateLogger(
        IConfiguration configuration, string environmentName, string release, TextWriter? output, TimeProvider? timeProvider)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        var minimum = ParseLevel(configuration[LogLevelKey]) ?? LogEventLevel.Information;
        // framework chatter stays at Warning unless LOG_LEVEL asks for even less
        var framework = minimum > LogEventLevel.Warning ? minimum : LogEventLevel.Warning;
        var formatter = new JsonFormatter(renderMessage: true);

        var logger = new LoggerConfiguration()
            .MinimumLevel.Is(minimum)
            .MinimumLevel.Override("Microsoft.AspNetCore", framework)
            .MinimumLevel.Override("Microsoft.EntityFrameworkCore", framework)
            // EF logs every failed command and query at Error, including unique violations that are the database
            // deciding a race (409). The exception handler logs real failures once, with the request id.
            .MinimumLevel.Override("Microsoft.EntityFrameworkCore.Database.Command", LogEventLevel.Fatal)
            .MinimumLevel.Override("Microsoft.EntityFrameworkCore.Query", LogEventLevel.Fatal)
            .MinimumLevel.Override("Microsoft.EntityFrameworkCore.Update", LogEventLevel.Fatal)
            .Enrich.FromLogContext()
            // last, so properties added by the other enrichers are covered too
            .Enrich.With(new SensitiveDataRedactionEnricher());

        logger = output is null
            ? logger.WriteTo.Console(formatter)
            : logger.WriteTo.Sink(new TextWriterSink(formatter, output));

        var sentry = CreateSentryOptions(configuration, environmentName, release, timeProvider);
        if (sentry is not null)
        {
            logger = logger.WriteTo.Sink(new SentrySink(sentry));
        }

        return logger.CreateLogger();
    }

    /// <summary>Null when <c>SENTRY_DSN</c> is absent or blank: Sentry is off.</summary>
    internal static SentrySinkOptions? CreateSentryOptions(
        IConfiguration configuration, string environmentName, string release, TimeProvider? timeProvider = null)
    {
        var rawDsn = configuration[SentryDsnKey];
        if (string.IsNullOrWhiteSpace(rawDsn))
        {
            return null;
        }

        // fail at start-up: a mistyped DSN would otherwise silently lose every error report
        if (!SentryDsn.TryParse(rawDsn, out var dsn))
        {
            throw new InvalidOperationException($"{SentryDsnKey} is set but is not a valid Sentry DSN.");
        }

        var environment = configuration[SentryEnvironmentKey];
        return new SentrySinkOptions
        {
            Dsn = dsn,
            Environment = string.IsNullOrWhiteSpace(environment) ? environmentName : environment.Trim(),
            Release = string.IsNullOrWhiteSpace(release) ? null : release,
            MinimumLevel = ParseLevel(configuration[SentryMinimumLevelKey]) ?? LogEventLevel.Error,
            TimeProvider = timeProvider ?? TimeProvider.System,
        };
    }

    /// <summary>Accepts Serilog names and the Microsoft.Extensions.Logging ones (Trace, Critical).</summary>
    internal static LogEventLevel? ParseLevel(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return value.Trim().ToUpperInvariant() switch
        {
            "TRACE" or "VERBOSE" => LogEventLevel.Verbose,
            "DEBUG" => LogEventLevel.Debug,
            "INFORMATION" or "INFO" => LogEventLevel.Information,
            "WARNING" or "WARN" => LogEventLevel.Warning,
            "ERROR" => LogEventLevel.Error,
            "CRITICAL" or "FATAL" => LogEventLevel.Fatal,
            _ => throw new InvalidOperationException($"'{value}' is not a log level (Trace, Debug, Information, Warning, Error, Critical)."),
        };
    }
}
