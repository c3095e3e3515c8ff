using System.Buffers;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Serilog.Events;

namespace PageShare.Infrastructure.Logging.Sentry;

/// <summary>Turns a log event into a one-event Sentry envelope (EXTERNAL_SERVICES.md 4.3, 4.4).</summary>
internal sealed class SentryEnvelopeBuilder(SentrySinkOptions options)
{
    internal const string UserIdProperty = "UserId";
    internal const string RequestIdProperty = "RequestId";
    internal const string RoutePatternProperty = "RoutePattern";
    private const string SourceContextProperty = "SourceContext";
    private const int MaxTagLength = 200;
    private const int MaxMessageLength = 8192;

    // non-ASCII stays raw UTF-8 so "length" must count bytes, as the protocol requires
    private static readonly JsonWriterOptions _writerOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public SentryEnvelope Build(LogEvent logEvent, DateTimeOffset sentAt)
        => Build(logEvent, sentAt, Guid.NewGuid().ToString("N"));

    public SentryEnvelope Build(LogEvent logEvent, DateTimeOffset sentAt, string eventId)
    {
        ArgumentNullException.ThrowIfNull(logEvent);

        var payload = WriteJson(writer => WriteEvent(writer, logEvent, eventId));
        var header = WriteJson(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("event_id", eventId);
            writer.WriteString("sent_at", FormatTimestamp(sentAt));
            writer.WriteString("dsn", options.Dsn.HeaderValue);
            writer.WriteEndObject();
        });
        var itemHeader = WriteJson(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("type", "event");
            writer.WriteNumber("length", payload.Length);
            writer.WriteString("content_type", "application/json");
            writer.WriteEndObject();
        });

        var bytes = new byte[header.Length + itemHeader.Length + payload.Length + 3];
        var span = bytes.AsSpan();
        header.CopyTo(span);
        span[header.Length] = (byte)'\n';
        itemHeader.CopyTo(span[(header.Length + 1)..]);
        span[header.Length + 1 + itemHeader.Length] = (byte)'\n';
        payload.CopyTo(span[(header.Length + itemHeader.Length + 2)..]);
        span[^1] = (byte)'\n';
        return new SentryEnvelope(eventId, bytes);
    }

    private void WriteEvent(Utf8JsonWriter writer, LogEvent logEvent, string eventId)
    {
        writer.WriteStartObject();
        writer.WriteString("event_id", eventId);
        writer.WriteString("timestamp", FormatTimestamp(logEvent.Timestamp));

        writer.WriteStartObject("logentry");
        writer.WriteString("formatted", Clip(SensitiveData.MaskTokens(logEvent.RenderMessage(CultureInfo.InvariantCulture)), MaxMessageLength));
        writer.WriteString("message", Clip(SensitiveData.MaskTokens(logEvent.MessageTemplate.Text), MaxMessageLength));
        writer.WriteEndObject();

        if (TryGetText(logEvent, SourceContextProperty, out var logger))
        {
            writer.WriteString("logger", logger);
        }

        writer.WriteString("platform", "csharp");
        writer.WriteString("server_name", options.ServerName);
        if (options.Release is not null)
        {
            writer.WriteString("release", options.Release);
        }

        if (logEvent.Exception is not null)
        {
            SentryExceptionWriter.Write(writer, logEvent.Exception);
        }

        writer.WriteString("level", LevelName(logEvent.Level));

        writer.WriteStartObject("contexts");
        writer.WriteStartObject("runtime");
        writer.WriteString("name", ".NET");
        writer.WriteString("version", Environment.Version.ToString());
        writer.WriteEndObject();
        writer.WriteEndObject();

        if (TryGetText(logEvent, UserIdProperty, out var userId))
        {
            writer.WriteStartObject("user");
            writer.WriteString("id", userId);
            writer.WriteEndObject();
        }

        writer.WriteString("environment", options.Environment);

        writer.WriteStartObject("sdk");
        writer.WriteString("name", SentryClientInfo.SdkName);
        writer.WriteString("version", SentryClientInfo.SdkVersion);
        writer.WriteEndObject();

        WriteExtra(writer, logEvent);
        WriteTags(writer, logEvent);
        writer.WriteEndObject();
    }

    private static void WriteTags(Utf8JsonWriter writer, LogEvent logEvent)
    {
        var hasRequestId = TryGetText(logEvent, RequestIdProperty, out var requestId);
        var hasRoute = TryGetText(logEvent, RoutePatternProperty, out var route);
        if (!hasRequestId && !hasRoute)
        {
            return;
        }

        writer.WriteStartObject("tags");
        if (hasRequestId)
        {
            writer.WriteString("request_id", Clip(requestId!, MaxTagLength));
        }

        if (hasRoute)
        {
            writer.WriteString("route", Clip(route!, MaxTagLength));
        }

        writer.WriteEndObject();
    }

    // the remaining properties (already through the redaction enricher) help triage: ids, status codes
    private static void WriteExtra(Utf8JsonWriter writer, LogEvent logEvent)
    {
        if (logEvent.Properties.Count == 0)
        {
            return;
        }

        writer.WriteStartObject("extra");
        foreach (var (name, value) in logEvent.Properties)
        {
            writer.WriteString(name, Clip(SensitiveData.MaskTokens(Text(value)), MaxMessageLength));
        }

        writer.WriteEndObject();
    }

    private static bool TryGetText(LogEvent logEvent, string name, out string? text)
    {
        text = logEvent.Properties.TryGetValue(name, out var value) ? Text(value) : null;
        return !string.IsNullOrEmpty(text);
    }

    private static string Text(LogEventPropertyValue value) => value switch
    {
        ScalarValue { Value: null } => string.Empty,
        ScalarValue { Value: string s } => s,
        ScalarValue { Value: IFormattable f } => f.ToString(null, CultureInfo.InvariantCulture),
        ScalarValue scalar => scalar.Value.ToString() ?? string.Empty,
        _ => value.ToString(null, CultureInfo.InvariantCulture),
    };

    internal static string LevelName(LogEventLevel level) => level switch
    {
        LogEventLevel.Fatal => "fatal",
        LogEventLevel.Error => "error",
        LogEventLevel.Warning => "warning",
        LogEventLevel.Information => "info",
        _ => "debug",
    };

    private static string FormatTimestamp(DateTimeOffset value)
        => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private static string Clip(string value, int max) => value.Length <= max ? value : value[..max];

    private static byte[] WriteJson(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer, _writerOptions))
        {
            write(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }
}
