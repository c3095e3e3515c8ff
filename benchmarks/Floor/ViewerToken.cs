using System.Buffers.Text;
using System.Text.Json;

namespace PageShare.Benchmarks.Floor;

/// <summary>
/// The viewer is the token's <c>sub</c>, read without checking the signature: a floor does the least work that
/// still serves the viewer's own page (the API verifies HS256, which is part of what the ratio measures).
/// </summary>
internal static class ViewerToken
{
    public static Guid? SubjectOf(string? authorization)
    {
        const string Scheme = "Bearer ";
        if (authorization is null || !authorization.StartsWith(Scheme, StringComparison.Ordinal))
        {
            return null;
        }

        var parts = authorization.AsSpan(Scheme.Length).ToString().Split('.');
        if (parts.Length != 3)
        {
            return null;
        }

        var payload = Base64Url.DecodeFromChars(parts[1]);
        var reader = new Utf8JsonReader(payload);
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.PropertyName && reader.ValueTextEquals("sub") && reader.Read())
            {
                return Guid.TryParse(reader.GetString(), out var id) ? id : null;
            }
        }

        return null;
    }
}
