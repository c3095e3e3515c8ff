using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using PageShare.Infrastructure.Logging.Sentry;
using PageShare.TestSupport.Sentry;
using Serilog.Context;

namespace PageShare.Infrastructure.IntegrationTests.Logging;

public sealed class SentryEnvelopeBuilderTests
{
    private static readonly DateTimeOffset _sentAt = new(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);

    private readonly SentryEnvelopeBuilder _builder = new(new SentrySinkOptions
    {
        Dsn = SentryDsn.Parse("https://abc123:topsecret@o1.ingest.sentry.io/42"),
        Environment = "staging",
        Release = "pageshare-api@1.2.3",
        ServerName = "api-1",
    });

    [Fact]
    public void Build_ErrorEvent_WritesHeaderItemHeaderAndPayloadLines()
    {
        var logEvent = Capture.One(log => log.Error("Something failed"));

        var envelope = _builder.Build(logEvent, _sentAt);

        var lines = Encoding.UTF8.GetString(envelope.Bytes).Split('\n');
        lines.Should().HaveCount(4).And.Subject.Last().Should().BeEmpty();
        using var header = JsonDocument.Parse(lines[0]);
        header.RootElement.GetProperty("event_id").GetString().Should().Be(envelope.EventId);
        header.RootElement.GetProperty("sent_at").GetString().Should().Be("2026-01-01T12:00:00.000Z");
        header.RootElement.GetProperty("dsn").GetString().Should().Be("https://abc123@o1.ingest.sentry.io/42");
        using var item = JsonDocument.Parse(lines[1]);
        item.RootElement.GetProperty("type").GetString().Should().Be("event");
        item.RootElement.GetProperty("content_type").GetString().Should().Be("application/json");
    }

    [Fact]
    public void Build_Always_UsesSameLowercaseHexEventIdInHeaderAndPayload()
    {
        var logEvent = Capture.One(log => log.Error("Something failed"));

        var envelope = _builder.Build(logEvent, _sentAt);

        var (header, _, evt) = SentryEnvelopeParser.Parse(envelope.Bytes);
        envelope.EventId.Should().MatchRegex("^[0-9a-f]{32}$");
        header.GetProperty("event_id").GetString().Should().Be(envelope.EventId);
        evt!.Value.GetProperty("event_id").GetString().Should().Be(envelope.EventId);
    }

    [Fact]
    public void Build_NonAsciiMessage_LengthIsPayloadByteCount()
    {
        var logEvent = Capture.One(log => log.Error("Kurs fiel um {Amount} — Zürich 📉", "5 €"));

        var envelope = _builder.Build(logEvent, _sentAt);

        var (_, items, evt) = SentryEnvelopeParser.Parse(envelope.Bytes);
        var payload = items.Single().Payload;
        items.Single().Header.GetProperty("length").GetInt32().Should().Be(payload.Length);
        Encoding.UTF8.GetString(payload).Length.Should().BeLessThan(payload.Length, "the payload must hold raw multi-byte UTF-8");
        evt!.Value.GetProperty("logentry").GetProperty("formatted").GetString().Should().Be("Kurs fiel um \"5 €\" — Zürich 📉");
    }

    [Fact]
    public void Build_ErrorEvent_WritesRequiredAndContextFields()
    {
        var logEvent = Capture.One(log =>
        {
            using (LogContext.PushProperty("UserId", "123e4567-e89b-12d3-a456-426614174000"))
            using (LogContext.PushProperty("RequestId", "req-7f3c9a"))
            using (LogContext.PushProperty("RoutePattern", "/posts/{postId:guid}"))
            {
                log.ForContext("SourceContext", "PageShare.WebApi.Errors.Handler").Error("Post {PostId} failed", 17);
            }
        });

        var evt = Event(_builder.Build(logEvent, _sentAt));

        evt.GetProperty("timestamp").GetString().Should().MatchRegex(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$");
        evt.GetProperty("platform").GetString().Should().Be("csharp");
        evt.GetProperty("level").GetString().Should().Be("error");
        evt.GetProperty("logger").GetString().Should().Be("PageShare.WebApi.Errors.Handler");
        evt.GetProperty("logentry").GetProperty("formatted").GetString().Should().Be("Post 17 failed");
        evt.GetProperty("logentry").GetProperty("message").GetString().Should().Be("Post {PostId} failed");
        evt.GetProperty("environment").GetString().Should().Be("staging");
        evt.GetProperty("release").GetString().Should().Be("pageshare-api@1.2.3");
        evt.GetProperty("server_name").GetString().Should().Be("api-1");
        evt.GetProperty("user").GetProperty("id").GetString().Should().Be("123e4567-e89b-12d3-a456-426614174000");
        evt.GetProperty("tags").GetProperty("request_id").GetString().Should().Be("req-7f3c9a");
        evt.GetProperty("tags").GetProperty("route").GetString().Should().Be("/posts/{postId:guid}");
        evt.GetProperty("sdk").GetProperty("name").GetString().Should().Be("pageshare.serilog-sentry");
        evt.TryGetProperty("exception", out _).Should().BeFalse();
    }

    [Fact]
    public void Build_NoUserOrRequest_OmitsUserAndTags()
    {
        var evt = Event(_builder.Build(Capture.One(log => log.Error("Background job failed")), _sentAt));

        evt.TryGetProperty("user", out _).Should().BeFalse();
        evt.TryGetProperty("tags", out _).Should().BeFalse();
    }

    [Theory]
    [InlineData(Serilog.Events.LogEventLevel.Fatal, "fatal")]
    [InlineData(Serilog.Events.LogEventLevel.Error, "error")]
    [InlineData(Serilog.Events.LogEventLevel.Warning, "warning")]
    [InlineData(Serilog.Events.LogEventLevel.Information, "info")]
    [InlineData(Serilog.Events.LogEventLevel.Debug, "debug")]
    public void Build_Level_MapsToSentryLevel(Serilog.Events.LogEventLevel level, string expected)
    {
        var evt = Event(_builder.Build(Capture.One(log => log.Write(level, "x")), _sentAt));

        evt.GetProperty("level").GetString().Should().Be(expected);
    }

    [Fact]
    public void Build_Exception_OrdersFramesCallerToCalleeWithThrowingFrameLast()
    {
        var exception = Catch(Outer);

        var evt = Event(_builder.Build(Capture.One(log => log.Error(exception, "Failed")), _sentAt));

        var value = evt.GetProperty("exception").GetProperty("values").EnumerateArray().Single();
        value.GetProperty("type").GetString().Should().Be("System.InvalidOperationException");
        value.GetProperty("value").GetString().Should().Be("thrown by Inner");
        value.GetProperty("mechanism").GetProperty("type").GetString().Should().Be("generic");
        var functions = value.GetProperty("stacktrace").GetProperty("frames").EnumerateArray()
            .Select(frame => frame.GetProperty("function").GetString()).ToList();
        functions.Should().ContainInOrder(nameof(Catch), nameof(Outer), nameof(Inner));
        functions.Last().Should().Be(nameof(Inner));
        var last = value.GetProperty("stacktrace").GetProperty("frames").EnumerateArray().Last();
        last.GetProperty("module").GetString().Should().Be(typeof(SentryEnvelopeBuilderTests).FullName);
        last.GetProperty("in_app").GetBoolean().Should().BeTrue();
    }

    [Fact]
    public void Build_AsyncException_NamesTheAsyncMethod()
    {
        var exception = Catch(() => ThrowAsync().GetAwaiter().GetResult());

        var evt = Event(_builder.Build(Capture.One(log => log.Error(exception, "Failed")), _sentAt));

        var frames = evt.GetProperty("exception").GetProperty("values")[0].GetProperty("stacktrace").GetProperty("frames");
        frames.EnumerateArray().Last().GetProperty("function").GetString().Should().Be(nameof(ThrowAsync));
    }

    [Fact]
    public void Build_InnerExceptions_ListsOldestFirst()
    {
        var exception = Catch(() => throw new InvalidOperationException("outer",
            new ArgumentException("middle", new FormatException("root cause"))));

        var evt = Event(_builder.Build(Capture.One(log => log.Error(exception, "Failed")), _sentAt));

        evt.GetProperty("exception").GetProperty("values").EnumerateArray()
            .Select(v => v.GetProperty("type").GetString())
            .Should().Equal("System.FormatException", "System.ArgumentException", "System.InvalidOperationException");
    }

    [Fact]
    public void Build_TokenInMessageOrException_IsMasked()
    {
        const string jwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjMifQ.c2lnbmF0dXJlLXZhbHVl";
        var exception = new InvalidOperationException($"bad token {jwt}");

        var json = Encoding.UTF8.GetString(_builder.Build(Capture.One(log => log.Error(exception, "Rejected " + jwt)), _sentAt).Bytes);

        json.Should().NotContain(jwt).And.Contain("[REDACTED]");
    }

    private static JsonElement Event(SentryEnvelope envelope) => SentryEnvelopeParser.Parse(envelope.Bytes).Event!.Value;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Exception Catch(Action action)
    {
        try
        {
            action();
        }
        catch (Exception exception)
        {
            return exception;
        }

        throw new InvalidOperationException("expected a throw");
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Outer() => Inner();

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Inner() => throw new InvalidOperationException("thrown by Inner");

    private static async Task ThrowAsync()
    {
        await Task.Yield();
        throw new InvalidOperationException("async");
    }
}
