using System.Text.RegularExpressions;

namespace PageShare.Infrastructure.Logging;

/// <summary>
/// Recognises values and property names that must never reach a log. The rule is "don't log
/// them"; this is only the safety net behind it, so it errs on the side of masking.
/// </summary>
public static partial class SensitiveData
{
    public const string Mask = "[REDACTED]";

    private static readonly string[] _nameFragments =
        ["authorization", "token", "password", "passwd", "secret", "apikey", "cookie"];

    private static readonly HashSet<string> _ipNames = new(StringComparer.Ordinal)
    {
        "ip", "ipaddr", "ipaddress", "clientip", "remoteip", "remoteaddr", "userip", "xforwardedfor", "forwardedfor",
    };

    /// <summary>Property names such as <c>Authorization</c>, <c>access_token</c>, <c>ApiKey</c>, <c>ClientIp</c>.</summary>
    public static bool IsSensitiveName(string name)
    {
        var normalized = Normalize(name);
        if (normalized.Length == 0)
        {
            return false;
        }

        // "ip" only as a whole word: a substring match would mask "Description" or "RecipientId"
        return _ipNames.Contains(normalized)
            || normalized.EndsWith("ipaddress", StringComparison.Ordinal)
            || _nameFragments.Any(fragment => normalized.Contains(fragment, StringComparison.Ordinal));
    }

    /// <summary>Replaces JWTs and bearer credentials inside free text.</summary>
    public static string MaskTokens(string text)
    {
        if (text.Length < 10)
        {
            return text;
        }

        var masked = BearerPattern().Replace(text, "Bearer " + Mask);
        return JwtPattern().Replace(masked, Mask);
    }

    public static bool ContainsToken(string text) => BearerPattern().IsMatch(text) || JwtPattern().IsMatch(text);

    private static string Normalize(string name)
    {
        Span<char> buffer = name.Length <= 128 ? stackalloc char[name.Length] : new char[name.Length];
        var length = 0;
        foreach (var c in name)
        {
            if (char.IsLetterOrDigit(c))
            {
                buffer[length++] = char.ToLowerInvariant(c);
            }
        }

        return new string(buffer[..length]);
    }

    // three base64url segments, the first a JSON header ("{" encodes as "eyJ"); alg:none has an empty signature
    [GeneratedRegex(@"eyJ[A-Za-z0-9_-]{2,}\.[A-Za-z0-9_-]{2,}\.[A-Za-z0-9_-]*", RegexOptions.CultureInvariant)]
    private static partial Regex JwtPattern();

    [GeneratedRegex(@"\b[Bb][Ee][Aa][Rr][Ee][Rr]\s+[A-Za-z0-9._~+/=-]{8,}", RegexOptions.CultureInvariant)]
    private static partial Regex BearerPattern();
}
