using System.Diagnostics;
using PageShare.Infrastructure.Logging.Sentry;
using PageShare.TestSupport.Sentry;
using Serilog;
using Serilog.Context;

namespace PageShare.Infrastructure.IntegrationTests.Logging;

public sealed class SentrySinkTests : IAsyncLifetime
{
    private static readonly TimeSpan _wait = TimeSpan.FromSeconds(10);
    private readonly ManualTimeProvider _clock = new();
    private FakeSentryServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeSentryServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Emit_ErrorInRequestContext_DeliversGzippedAuthenticatedEnvelope()
    {
        using var sink = Sink();
        using var logger = Logger(sink);

        using (LogContext.PushProperty("UserId", "123e4567-e89b-12d3-a456-426614174000"))
        using (LogContext.PushProperty("RequestId", "req-1"))
        {
            logger.ForContext("SourceContext", "PageShare.Tests").Error(new InvalidOperationException("boom"), "Request failed");
        }

        var envelope = (await _server.WaitForEnvelopesAsync(1, _wait)).Single();
        envelope.RequestHeaders["Content-Encoding"].Should().Be("gzip");
        envelope.RequestHeaders["Content-Type"].Should().Be("application/x-sentry-envelope");
        envelope.RequestHeaders["X-Sentry-Auth"].Should().Be(
            $"Sentry sentry_version=7,sentry_client=pageshare.serilog-sentry/1.0.0,sentry_key={FakeSentryServer.DefaultPublicKey}");
        envelope.RequestHeaders["User-Agent"].Should().Be("pageshare.serilog-sentry/1.0.0");
        var evt = envelope.Event!.Value;
        evt.GetProperty("user").GetProperty("id").GetString().Should().Be("123e4567-e89b-12d3-a456-426614174000");
        evt.GetProperty("tags").GetProperty("request_id").GetString().Should().Be("req-1");
        evt.GetProperty("environment").GetString().Should().Be("test");
        evt.GetProperty("release").GetString().Should().Be("pageshare-api@1.2.3");
        evt.GetProperty("logger").GetString().Should().Be("PageShare.Tests");
        evt.GetProperty("exception").GetProperty("values")[0].GetProperty("value").GetString().Should().Be("boom");
        (await sink.FlushAsync(_wait)).Should().BeTrue();
        sink.SentCount.Should().Be(1);
    }

    [Fact]
    public async Task Emit_BelowMinimumLevel_IsNotSent()
    {
        using var sink = Sink();
        using var logger = Logger(sink);

        logger.Information("fine");
        logger.Warning("careful");
        logger.Fatal("down");
        await sink.FlushAsync(_wait);

        _server.Envelopes.Select(e => e.Event!.Value.GetProperty("level").GetString()).Should().Equal("fatal");
    }

    [Fact]
    public async Task Emit_After429_DropsEventsUntilWindowPasses()
    {
        _server.Mode = FakeSentryMode.RateLimited; // Retry-After: 60, X-Sentry-Rate-Limits: 60:error:key
        using var sink = Sink();
        using var logger = Logger(sink);

        logger.Error("first");
        await sink.FlushAsync(_wait);
        _server.Mode = FakeSentryMode.Accept;
        logger.Error("while limited");
        _clock.Advance(TimeSpan.FromSeconds(59));
        logger.Error("still limited");
        await sink.FlushAsync(_wait);

        _server.RequestCount.Should().Be(1);
        sink.RateLimitedCount.Should().Be(3);

        _clock.Advance(TimeSpan.FromSeconds(2));
        logger.Error("after the window");

        var envelope = (await _server.WaitForEnvelopesAsync(1, _wait)).Single();
        Message(envelope).Should().Be("after the window");
        _server.RequestCount.Should().Be(2);
    }

    [Fact]
    public async Task Emit_After429WithoutHeaders_Assumes60Seconds()
    {
        _server.Mode = FakeSentryMode.RateLimitedWithoutHeaders;
        using var sink = Sink();
        using var logger = Logger(sink);

        logger.Error("first");
        await sink.FlushAsync(_wait);
        _server.Mode = FakeSentryMode.Accept;
        _clock.Advance(TimeSpan.FromSeconds(59));
        logger.Error("limited");
        await sink.FlushAsync(_wait);

        _server.RequestCount.Should().Be(1);

        _clock.Advance(TimeSpan.FromSeconds(2));
        logger.Error("sent");

        Message((await _server.WaitForEnvelopesAsync(1, _wait)).Single()).Should().Be("sent");
    }

    [Fact]
    public async Task Emit_RateLimitHeaderOn200_IsHonoured()
    {
        _server.Mode = FakeSentryMode.AcceptWithRateLimitHeader;
        _server.RateLimitHeader = "30:transaction;error:key";
        using var sink = Sink();
        using var logger = Logger(sink);

        logger.Error("accepted");
        await _server.WaitForEnvelopesAsync(1, _wait);
        await sink.FlushAsync(_wait);
        logger.Error("dropped");
        await sink.FlushAsync(_wait);

        _server.RequestCount.Should().Be(1);
        sink.RateLimitedCount.Should().Be(1);

        _clock.Advance(TimeSpan.FromSeconds(31));
        logger.Error("accepted again");

        (await _server.WaitForEnvelopesAsync(2, _wait)).Select(Message).Should().Equal("accepted", "accepted again");
    }

    [Fact]
    public async Task Emit_RateLimitForOtherCategory_DoesNotLimitErrors()
    {
        _server.Mode = FakeSentryMode.AcceptWithRateLimitHeader;
        _server.RateLimitHeader = "60:transaction:key";
        using var sink = Sink();
        using var logger = Logger(sink);

        logger.Error("one");
        await sink.FlushAsync(_wait);
        logger.Error("two");

        (await _server.WaitForEnvelopesAsync(2, _wait)).Should().HaveCount(2);
    }

    [Theory]
    [InlineData(FakeSentryMode.Forbidden)]
    [InlineData(FakeSentryMode.PayloadTooLarge)]
    [InlineData(FakeSentryMode.Unavailable)]
    public async Task Emit_WhenSentryRefuses_DropsEventAndKeepsWorking(FakeSentryMode mode)
    {
        _server.Mode = mode;
        using var sink = Sink();
        using var logger = Logger(sink);

        logger.Error("refused");
        (await sink.FlushAsync(_wait)).Should().BeTrue();
        _server.Mode = FakeSentryMode.Accept;
        logger.Error("accepted");

        Message((await _server.WaitForEnvelopesAsync(1, _wait)).Single()).Should().Be("accepted");
        sink.FailedCount.Should().Be(1);
    }

    [Fact]
    public async Task Emit_WrongKey_IsRefusedWithoutThrowing()
    {
        var dsn = _server.Dsn.Replace(FakeSentryServer.DefaultPublicKey, "wrongkey", StringComparison.Ordinal);
        using var sink = new SentrySink(Options(dsn));
        using var logger = Logger(sink);

        logger.Error("refused");
        await sink.FlushAsync(_wait);

        _server.RequestCount.Should().Be(1);
        _server.Envelopes.Should().BeEmpty();
        sink.FailedCount.Should().Be(1);
    }

    [Fact]
    public async Task Emit_ServerTooSlow_TimesOutAndKeepsWorking()
    {
        _server.Mode = FakeSentryMode.Slow;
        _server.SlowDelay = TimeSpan.FromSeconds(10);
        using var sink = new SentrySink(Options(_server.Dsn) with { SendTimeout = TimeSpan.FromMilliseconds(300) });
        using var logger = Logger(sink);

        logger.Error("too slow");
        (await sink.FlushAsync(_wait)).Should().BeTrue();
        _server.Mode = FakeSentryMode.Accept;
        logger.Error("fast again");

        Message((await _server.WaitForEnvelopesAsync(1, _wait)).Single()).Should().Be("fast again");
        sink.FailedCount.Should().Be(1);
    }

    [Fact]
    public void Emit_SlowServer_ReturnsImmediatelyAndDropsBeyondCapacity()
    {
        _server.Mode = FakeSentryMode.Slow;
        _server.SlowDelay = TimeSpan.FromSeconds(10);
        var sink = new SentrySink(Options(_server.Dsn) with { QueueCapacity = 5, FlushTimeout = TimeSpan.FromMilliseconds(300) });
        using var logger = Logger(sink);

        var emitting = Stopwatch.StartNew();
        for (var i = 0; i < 50; i++)
        {
            logger.Error("error {Number}", i);
        }

        emitting.Stop();
        var disposing = Stopwatch.StartNew();
        sink.Dispose();
        disposing.Stop();

        emitting.Elapsed.Should().BeLessThan(TimeSpan.FromMilliseconds(500));
        // at most one in flight plus five queued; the rest were dropped on Emit
        sink.DroppedCount.Should().BeGreaterThanOrEqualTo(44);
        disposing.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(2));
    }

    [Fact]
    public void Dispose_WithQueuedEvents_FlushesThem()
    {
        var sink = Sink();
        using var logger = Logger(sink);

        for (var i = 0; i < 3; i++)
        {
            logger.Error("error {Number}", i);
        }

        sink.Dispose();

        _server.Envelopes.Should().HaveCount(3);
        sink.SentCount.Should().Be(3);
        logger.Error("after dispose");
        sink.DroppedCount.Should().Be(1);
    }

    private SentrySink Sink() => new(Options(_server.Dsn));

    private SentrySinkOptions Options(string dsn) => new()
    {
        Dsn = SentryDsn.Parse(dsn),
        Environment = "test",
        Release = "pageshare-api@1.2.3",
        ServerName = "test-host",
        TimeProvider = _clock,
    };

    // the sink is disposed by each test itself, so the logger must not own it
    private static Serilog.Core.Logger Logger(SentrySink sink)
        => new LoggerConfiguration().MinimumLevel.Verbose().Enrich.FromLogContext()
            .WriteTo.Sink(new NonDisposingSink(sink)).CreateLogger();

    private static string? Message(ReceivedEnvelope envelope)
        => envelope.Event!.Value.GetProperty("logentry").GetProperty("formatted").GetString();

    private sealed class NonDisposingSink(Serilog.Core.ILogEventSink inner) : Serilog.Core.ILogEventSink
    {
        public void Emit(Serilog.Events.LogEvent logEvent) => inner.Emit(logEvent);
    }
}
