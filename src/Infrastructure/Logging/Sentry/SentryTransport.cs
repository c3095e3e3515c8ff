using System.Collections.Concurrent;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using Serilog.Debugging;

namespace PageShare.Infrastructure.Logging.Sentry;

/// <summary>
/// POSTs gzipped envelopes to the DSN's envelope endpoint and records rate limits. Never throws for
/// an HTTP outcome: failures go to Serilog's SelfLog, once per kind, so a broken Sentry cannot
/// flood the app's own output.
/// </summary>
internal sealed class SentryTransport : IDisposable
{
    private const int TimeoutKey = -1;
    private const int NetworkErrorKey = -2;

    private readonly SentrySinkOptions _options;
    private readonly SentryRateLimits _rateLimits;
    private readonly HttpClient _client;
    private readonly string _authHeader;
    private readonly ConcurrentDictionary<int, bool> _reported = new();

    public SentryTransport(SentrySinkOptions options, SentryRateLimits rateLimits, HttpMessageHandler? handler = null)
    {
        _options = options;
        _rateLimits = rateLimits;
        _client = new HttpClient(handler ?? new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
        {
            // the per-request token below bounds each send; HttpClient's own timeout would be a second clock
            Timeout = Timeout.InfiniteTimeSpan,
        };
        _client.DefaultRequestHeaders.UserAgent.ParseAdd(SentryClientInfo.ClientName);
        _authHeader = AuthHeader(options.Dsn);
    }

    internal static string AuthHeader(SentryDsn dsn)
    {
        var header = $"Sentry sentry_version=7,sentry_client={SentryClientInfo.ClientName},sentry_key={dsn.PublicKey}";
        return dsn.SecretKey is null ? header : $"{header},sentry_secret={dsn.SecretKey}";
    }

    public async Task<SentrySendOutcome> SendAsync(SentryEnvelope envelope, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.SendTimeout);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, _options.Dsn.EnvelopeUri) { Content = Compress(envelope.Bytes) };
            request.Headers.TryAddWithoutValidation("X-Sentry-Auth", _authHeader);
            using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            _rateLimits.Update(response, _options.TimeProvider.GetUtcNow());
            return Classify(response.StatusCode);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            ReportOnce(TimeoutKey, $"Sentry did not answer within {_options.SendTimeout.TotalSeconds} s; the event was dropped.");
            return SentrySendOutcome.Failed;
        }
        catch (HttpRequestException exception)
        {
            ReportOnce(NetworkErrorKey, $"Sentry is unreachable ({exception.HttpRequestError}); the event was dropped.");
            return SentrySendOutcome.Failed;
        }
    }

    private SentrySendOutcome Classify(HttpStatusCode status)
    {
        var code = (int)status;
        if (code is >= 200 and < 300)
        {
            return SentrySendOutcome.Sent;
        }

        if (status == HttpStatusCode.TooManyRequests)
        {
            return SentrySendOutcome.RateLimited;
        }

        // 400/401/403/413 are configuration or payload problems a retry cannot fix; 5xx is Sentry's
        // own trouble, and queueing behind it would only delay later errors
        ReportOnce(code, code < 500
            ? $"Sentry rejected an event with HTTP {code}; check SENTRY_DSN. Events like it are dropped."
            : $"Sentry answered HTTP {code}; the event was dropped.");
        return code < 500 ? SentrySendOutcome.Rejected : SentrySendOutcome.Failed;
    }

    private void ReportOnce(int key, string message)
    {
        if (_reported.TryAdd(key, true))
        {
            SelfLog.WriteLine("{0}", message);
        }
    }

    private static ByteArrayContent Compress(byte[] envelope)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(envelope);
        }

        var content = new ByteArrayContent(buffer.ToArray());
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-sentry-envelope");
        content.Headers.ContentEncoding.Add("gzip");
        return content;
    }

    public void Dispose() => _client.Dispose();
}
