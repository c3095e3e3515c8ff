using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using PageShare.Infrastructure.Logging;

namespace PageShare.Infrastructure.Persistence.ErrorLogs;

/// <summary>
/// What a report may carry into <c>error_logs</c>: no tokens (JWTs, bearer credentials, <c>access_token=</c> in a
/// URL), no values of sensitive-named context keys, no raw IP addresses; every text cut to a bounded length.
/// </summary>
internal static partial class ErrorLogScrubber
{
    public static string? Text(string? text, int maxLength)
    {
        if (text is null)
        {
            return null;
        }

        var masked = SensitiveData.MaskTokens(text);
        return masked.Length <= maxLength ? masked : masked[..maxLength];
    }

    /// <summary>Query and fragment parameters such as <c>access_token</c> or <c>code_verifier</c> keep their name only.</summary>
    public static string? Url(string? url, int maxLength)
    {
        if (url is null)
        {
            return null;
        }

        var masked = UrlParameter().Replace(url, m =>
            SensitiveData.IsSensitiveName(m.Groups["name"].Value) ? m.Groups["head"].Value + SensitiveData.Mask : m.Value);
        return Text(masked, maxLength);
    }

    public static string? Context(JsonElement? context)
    {
        if (context is not { ValueKind: JsonValueKind.Object } value)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(writer, value);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Write(Utf8JsonWriter writer, JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                writer.WriteStartObject();
                foreach (var property in element.EnumerateObject())
                {
                    writer.WritePropertyName(property.Name);
                    if (SensitiveData.IsSensitiveName(property.Name))
                    {
                        writer.WriteStringValue(SensitiveData.Mask);
                    }
                    else
                    {
                        Write(writer, property.Value);
                    }
                }

                writer.WriteEndObject();
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                foreach (var item in element.EnumerateArray())
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            case JsonValueKind.String:
                writer.WriteStringValue(String(element.GetString()!));
                break;
            default:
                element.WriteTo(writer);
                break;
        }
    }

    private static string String(string value)
    {
        var trimmed = value.Trim();
        var isAddress = (Ipv4().IsMatch(trimmed) || trimmed.Contains(':', StringComparison.Ordinal) && !trimmed.Contains('/', StringComparison.Ordinal))
            && IPAddress.TryParse(trimmed, out _);
        return isAddress ? SensitiveData.Mask : SensitiveData.MaskTokens(value);
    }

    [GeneratedRegex(@"^\d{1,3}(\.\d{1,3}){3}$", RegexOptions.CultureInvariant)]
    private static partial Regex Ipv4();

    [GeneratedRegex(@"(?<head>[?&#;](?<name>[^=&#?;]+)=)[^&#;]*", RegexOptions.CultureInvariant)]
    private static partial Regex UrlParameter();
}
