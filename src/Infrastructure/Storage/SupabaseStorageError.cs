using System.Globalization;
using System.Net;
using System.Text.Json;

namespace PageShare.Infrastructure.Storage;

/// <summary>
/// An error answer of Supabase Storage. The server answers most errors with HTTP 400 and the intended status as a
/// string in the body (<c>{"statusCode":"404","code":"NoSuchKey",...}</c>), older servers with <c>httpStatusCode</c>:
/// the body decides, the HTTP status is the fallback (EXTERNAL_SERVICES.md 2.3).
/// </summary>
internal sealed record SupabaseStorageError(int Status, int HttpStatus, string? Code, string? Message)
{
    private const int MaxMessageLength = 200;

    public static SupabaseStorageError Parse(HttpStatusCode httpStatus, string body)
    {
        var http = (int)httpStatus;
        int? status = null;
        string? code = null;
        string? message = null;
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                var root = document.RootElement;
                status = ReadStatus(root, "statusCode") ?? ReadStatus(root, "httpStatusCode");
                code = ReadString(root, "code");
                message = ReadString(root, "message") ?? ReadString(root, "error");
            }
        }
        catch (JsonException)
        {
            // A gateway's HTML or plain-text page: only the HTTP status is known.
        }

        // The legacy shape repeats the HTTP 400 in httpStatusCode; a 400 body status then says nothing new.
        var effective = status is { } s and >= 100 and <= 599 ? s : http;
        if (effective == 400 && code is not null && KnownCodes.TryGetValue(code, out var byCode))
        {
            effective = byCode;
        }

        return new SupabaseStorageError(effective, http, code, Truncate(message));
    }

    private static readonly Dictionary<string, int> KnownCodes = new(StringComparer.Ordinal)
    {
        ["NoSuchKey"] = 404,
        ["NoSuchBucket"] = 404,
        ["NoSuchUpload"] = 404,
        ["KeyAlreadyExists"] = 409,
        ["BucketAlreadyExists"] = 409,
        ["ResourceAlreadyExists"] = 409,
        ["EntityTooLarge"] = 413,
        ["InvalidMimeType"] = 415,
        ["AccessDenied"] = 403,
        ["InvalidJWT"] = 403,
    };

    private static int? ReadStatus(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) ? value.ValueKind switch
        {
            JsonValueKind.Number when value.TryGetInt32(out var n) => n,
            JsonValueKind.String when int.TryParse(value.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) => n,
            _ => null,
        } : null;

    private static string? ReadString(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string? Truncate(string? message) =>
        message is { Length: > MaxMessageLength } ? message[..MaxMessageLength] + "..." : message;
}
