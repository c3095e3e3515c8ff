namespace PageShare.Infrastructure.Logging.Sentry;

/// <summary>One serialized envelope, ready to send (uncompressed).</summary>
internal sealed record SentryEnvelope(string EventId, byte[] Bytes);
