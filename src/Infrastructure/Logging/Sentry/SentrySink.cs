using System.Diagnostics;
using System.Threading.Channels;
using Serilog.Core;
using Serilog.Debugging;
using Serilog.Events;

namespace PageShare.Infrastructure.Logging.Sentry;

/// <summary>
/// Sends error events to Sentry. <see cref="Emit"/> only enqueues into a bounded queue and returns;
/// one background task builds and sends envelopes. A full queue, an active rate limit or a failing
/// Sentry drops events (counted), and nothing here ever throws into the application.
/// </summary>
public sealed class SentrySink : ILogEventSink, IDisposable
{
    private readonly SentrySinkOptions _options;
    private readonly SentryEnvelopeBuilder _builder;
    private readonly SentryRateLimits _rateLimits = new();
    private readonly SentryTransport _transport;
    private readonly Channel<LogEvent> _queue;
    private readonly CancellationTokenSource _shutdown = new();
    private readonly Task _worker;
    private long _pending;
    private long _dropped;
    private long _rateLimited;
    private long _sent;
    private long _failed;
    private int _disposed;

    public SentrySink(SentrySinkOptions options)
        : this(options, handler: null)
    {
    }

    internal SentrySink(SentrySinkOptions options, HttpMessageHandler? handler)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.QueueCapacity, 1);

        _options = options;
        _builder = new SentryEnvelopeBuilder(options);
        _transport = new SentryTransport(options, _rateLimits, handler);
        // DropWrite keeps the oldest queued errors: the first failure usually explains the rest
        _queue = Channel.CreateBounded<LogEvent>(
            new BoundedChannelOptions(options.QueueCapacity)
            {
                FullMode = BoundedChannelFullMode.DropWrite,
                SingleReader = true,
                SingleWriter = false,
            },
            OnDropped);
        _worker = Task.Run(ProcessAsync);
    }

    /// <summary>Events lost to a full queue or to logging after disposal.</summary>
    public long DroppedCount => Interlocked.Read(ref _dropped);

    /// <summary>Events not sent because Sentry asked us to back off.</summary>
    public long RateLimitedCount => Interlocked.Read(ref _rateLimited);

    public long SentCount => Interlocked.Read(ref _sent);

    /// <summary>Events Sentry refused (4xx) or could not take (5xx, timeout, network).</summary>
    public long FailedCount => Interlocked.Read(ref _failed);

    public void Emit(LogEvent logEvent)
    {
        if (logEvent is null || logEvent.Level < _options.MinimumLevel)
        {
            return;
        }

        if (_rateLimits.IsLimited(SentryRateLimits.ErrorCategory, _options.TimeProvider.GetUtcNow()))
        {
            Interlocked.Increment(ref _rateLimited);
            return;
        }

        Interlocked.Increment(ref _pending);
        if (!_queue.Writer.TryWrite(logEvent))
        {
            OnDropped(logEvent);
        }
    }

    /// <summary>Waits until every queued event has been sent or dropped; false when the timeout came first.</summary>
    public async Task<bool> FlushAsync(TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var started = Stopwatch.GetTimestamp();
        while (Interlocked.Read(ref _pending) > 0)
        {
            if (Stopwatch.GetElapsedTime(started) >= timeout || _worker.IsCompleted)
            {
                return false;
            }

            await Task.Delay(10, cancellationToken);
        }

        return true;
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        _queue.Writer.TryComplete();
        var drained = Wait(_options.FlushTimeout);
        if (!drained)
        {
            SelfLog.WriteLine("Sentry sink: {0} event(s) still queued at shutdown were dropped.", Interlocked.Read(ref _pending));
        }

        // stops an in-flight send that outlived the flush deadline
        _shutdown.Cancel();
        if (drained || Wait(TimeSpan.FromMilliseconds(250)))
        {
            _shutdown.Dispose();
        }

        _transport.Dispose();
    }

    private bool Wait(TimeSpan timeout)
    {
        try
        {
            return _worker.Wait(timeout);
        }
        catch (AggregateException)
        {
            return true;
        }
    }

    private void OnDropped(LogEvent logEvent)
    {
        Interlocked.Decrement(ref _pending);
        Interlocked.Increment(ref _dropped);
    }

    private async Task ProcessAsync()
    {
        try
        {
            await foreach (var logEvent in _queue.Reader.ReadAllAsync(_shutdown.Token))
            {
                try
                {
                    await SendAsync(logEvent);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    Interlocked.Increment(ref _failed);
                    SelfLog.WriteLine("Sentry sink failed to send an event: {0}", exception.GetType().Name);
                }
                finally
                {
                    Interlocked.Decrement(ref _pending);
                }
            }
        }
        catch (OperationCanceledException) when (_shutdown.IsCancellationRequested)
        {
            // shutdown deadline passed; what is left in the queue is dropped
        }
    }

    private async Task SendAsync(LogEvent logEvent)
    {
        var now = _options.TimeProvider.GetUtcNow();
        // a limit may have arrived while this event waited in the queue
        if (_rateLimits.IsLimited(SentryRateLimits.ErrorCategory, now))
        {
            Interlocked.Increment(ref _rateLimited);
            return;
        }

        var envelope = _builder.Build(logEvent, now);
        var outcome = await _transport.SendAsync(envelope, _shutdown.Token);
        switch (outcome)
        {
            case SentrySendOutcome.Sent:
                Interlocked.Increment(ref _sent);
                break;
            case SentrySendOutcome.RateLimited:
                Interlocked.Increment(ref _rateLimited);
                break;
            default:
                Interlocked.Increment(ref _failed);
                break;
        }
    }
}
