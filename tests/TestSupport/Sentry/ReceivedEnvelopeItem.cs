using System.Text.Json;

namespace PageShare.TestSupport.Sentry;

public sealed record ReceivedEnvelopeItem(JsonElement Header, string Type, byte[] Payload);
