using Serilog;
using Serilog.Events;

namespace PageShare.Infrastructure.IntegrationTests.Logging;

/// <summary>Produces real <see cref="LogEvent"/>s through Serilog's own template processing.</summary>
internal static class Capture
{
    public static LogEvent One(Action<ILogger> log)
    {
        var sink = new InMemorySink();
        using (var logger = new LoggerConfiguration().MinimumLevel.Verbose().Enrich.FromLogContext().WriteTo.Sink(sink).CreateLogger())
        {
            log(logger);
        }

        return sink.Events.Single();
    }
}
