using Serilog.Events;

namespace PageShare.Infrastructure.Logging.Sentry;

public sealed record SentrySinkOptions
{
    public required SentryDsn Dsn { get; init; }

    public string Environment { get; init; } = "production";

    public string? Release { get; init; }

    public string ServerName { get; init; } = System.Environment.MachineName;

    /// <summary>Events below this level never leave the process.</summary>
    public LogEventLevel MinimumLevel { get; init; } = LogEventLevel.Error;

    /// <summary>Events beyond this many waiting are dropped: logging must never wait for Sentry.</summary>
    public int QueueCapacity { get; init; } = 100;

    public TimeSpan SendTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>How long disposal waits for queued events before giving up on them.</summary>
    public TimeSpan FlushTimeout { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Clock for timestamps and rate-limit windows.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}
