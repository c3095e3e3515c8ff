using System.Text.Json;

namespace PageShare.TestSupport.Sentry;

/// <summary>Parses an envelope as Relay does (EXTERNAL_SERVICES.md 4.3); throws <see cref="FormatException"/> when malformed.</summary>
public static class SentryEnvelopeParser
{
    public static (JsonElement Header, List<ReceivedEnvelopeItem> Items, JsonElement? Event) Parse(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);

        var position = 0;
        var header = ParseObject(ReadLine(bytes, ref position), "envelope header");
        var items = new List<ReceivedEnvelopeItem>();
        JsonElement? evt = null;
        while (position < bytes.Length)
        {
            var itemHeaderBytes = ReadLine(bytes, ref position);
            if (itemHeaderBytes.Length == 0 && position >= bytes.Length)
            {
                break;
            }

            var itemHeader = ParseObject(itemHeaderBytes, "item header");
            if (!itemHeader.TryGetProperty("type", out var typeElement) || typeElement.ValueKind != JsonValueKind.String)
            {
                throw new FormatException("item header without a type");
            }

            byte[] payload;
            if (itemHeader.TryGetProperty("length", out var lengthElement))
            {
                var length = lengthElement.GetInt32();
                if (length < 0 || position + length > bytes.Length)
                {
                    throw new FormatException("item length runs past the end of the envelope");
                }

                payload = bytes[position..(position + length)];
                position += length;
                if (position < bytes.Length)
                {
                    if (bytes[position] != (byte)'\n')
                    {
                        throw new FormatException("item payload is not followed by a newline");
                    }

                    position++;
                }
            }
            else
            {
                payload = ReadLine(bytes, ref position);
            }

            var type = typeElement.GetString()!;
            if (type == "event")
            {
                if (evt is not null)
                {
                    throw new FormatException("more than one event item");
                }

                evt = ParseObject(payload, "event payload");
            }

            items.Add(new ReceivedEnvelopeItem(itemHeader, type, payload));
        }

        if (evt is not null && (!header.TryGetProperty("event_id", out var id) || !Guid.TryParse(id.GetString(), out _)))
        {
            throw new FormatException("an event envelope needs an event_id in its header");
        }

        return (header, items, evt);
    }

    private static byte[] ReadLine(byte[] bytes, ref int position)
    {
        var end = Array.IndexOf(bytes, (byte)'\n', position);
        var line = end < 0 ? bytes[position..] : bytes[position..end];
        position = end < 0 ? bytes.Length : end + 1;
        return line;
    }

    private static JsonElement ParseObject(byte[] json, string what)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.ValueKind == JsonValueKind.Object
                ? document.RootElement.Clone()
                : throw new FormatException($"{what} is not a JSON object");
        }
        catch (JsonException exception)
        {
            throw new FormatException($"{what} is not valid JSON", exception);
        }
    }
}
