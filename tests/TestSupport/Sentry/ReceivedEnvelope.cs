using System.Text.Json;

namespace PageShare.TestSupport.Sentry;

/// <summary>An envelope the fake accepted: the decompressed bytes, parsed parts and the request headers.</summary>
public sealed record ReceivedEnvelope(
    byte[] RawBytes,
    JsonElement Header,
    IReadOnlyList<ReceivedEnvelopeItem> Items,
    JsonElement? Event,
    IReadOnlyDictionary<string, string> RequestHeaders);
