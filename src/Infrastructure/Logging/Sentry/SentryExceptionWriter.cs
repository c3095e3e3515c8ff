using System.Diagnostics;
using System.Reflection;
using System.Text.Json;

namespace PageShare.Infrastructure.Logging.Sentry;

/// <summary>Writes Sentry's <c>exception</c> interface: the chain oldest first, frames caller to callee.</summary>
internal static class SentryExceptionWriter
{
    private const int MaxChain = 10;
    private const int MaxFrames = 50;
    private const string InAppPrefix = "PageShare";

    public static void Write(Utf8JsonWriter writer, Exception exception)
    {
        writer.WriteStartObject("exception");
        writer.WriteStartArray("values");
        foreach (var link in Chain(exception))
        {
            WriteValue(writer, link);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>Innermost (the root cause, "oldest") first, the exception that was logged last.</summary>
    internal static List<Exception> Chain(Exception exception)
    {
        var chain = new List<Exception>();
        for (var current = exception; current is not null && chain.Count < MaxChain; current = current.InnerException)
        {
            chain.Add(current);
        }

        chain.Reverse();
        return chain;
    }

    private static void WriteValue(Utf8JsonWriter writer, Exception exception)
    {
        var type = exception.GetType();
        writer.WriteStartObject();
        writer.WriteString("type", type.FullName ?? type.Name);
        writer.WriteString("value", SensitiveData.MaskTokens(exception.Message));
        writer.WriteString("module", type.Assembly.GetName().Name);

        var frames = Frames(exception);
        if (frames.Count > 0)
        {
            writer.WriteStartObject("stacktrace");
            writer.WriteStartArray("frames");
            foreach (var frame in frames)
            {
                WriteFrame(writer, frame);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        // a logged exception was caught by someone, or it would not be a log event
        writer.WriteStartObject("mechanism");
        writer.WriteString("type", "generic");
        writer.WriteBoolean("handled", true);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    /// <summary>.NET lists the throwing frame first; Sentry wants it last.</summary>
    private static List<StackFrame> Frames(Exception exception)
    {
        var frames = new StackTrace(exception, fNeedFileInfo: true).GetFrames().ToList();
        frames.Reverse();
        if (frames.Count > MaxFrames)
        {
            // like Sentry's own trimming: keep both ends, where the entry point and the fault are
            frames = [.. frames.Take(MaxFrames / 2), .. frames.TakeLast(MaxFrames / 2)];
        }

        return frames;
    }

    private static void WriteFrame(Utf8JsonWriter writer, StackFrame frame)
    {
        var method = frame.GetMethod();
        var (function, module) = Describe(method);
        writer.WriteStartObject();
        writer.WriteString("function", function);
        if (module is not null)
        {
            writer.WriteString("module", module);
        }

        var package = method?.DeclaringType?.Assembly.GetName().Name;
        if (package is not null)
        {
            writer.WriteString("package", package);
        }

        var file = frame.GetFileName();
        if (!string.IsNullOrEmpty(file))
        {
            writer.WriteString("filename", Path.GetFileName(file));
            writer.WriteString("abs_path", file);
        }

        if (frame.GetFileLineNumber() > 0)
        {
            writer.WriteNumber("lineno", frame.GetFileLineNumber());
        }

        if (frame.GetFileColumnNumber() > 0)
        {
            writer.WriteNumber("colno", frame.GetFileColumnNumber());
        }

        writer.WriteBoolean("in_app", module?.StartsWith(InAppPrefix, StringComparison.Ordinal) == true);
        writer.WriteEndObject();
    }

    /// <summary>Async methods run as <c>&lt;Name&gt;d__N.MoveNext</c>; report the method the developer wrote.</summary>
    private static (string Function, string? Module) Describe(MethodBase? method)
    {
        if (method is null)
        {
            return ("<unknown>", null);
        }

        var type = method.DeclaringType;
        if (method.Name == "MoveNext" && type is { Name: ['<', ..] } && type.DeclaringType is not null)
        {
            var close = type.Name.IndexOf('>', StringComparison.Ordinal);
            if (close > 1)
            {
                return (type.Name[1..close], type.DeclaringType.FullName);
            }
        }

        return (method.Name, type?.FullName);
    }
}
