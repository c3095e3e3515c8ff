using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting;

namespace PageShare.Infrastructure.Logging;

/// <summary>Formats events to a writer; lets tests read exactly what the console would get.</summary>
internal sealed class TextWriterSink(ITextFormatter formatter, TextWriter output) : ILogEventSink
{
    private readonly Lock _sync = new();

    public void Emit(LogEvent logEvent)
    {
        lock (_sync)
        {
            formatter.Format(logEvent, output);
            output.Flush();
        }
    }
}
