using PageShare.Domain.Common;

namespace PageShare.Domain.Users;

/// <summary>The limits of profile fields, checked by the aggregate whichever handler reaches it.</summary>
public static class ProfileRules
{
    public const int DisplayNameMaxLength = 50;
    public const int BioMaxLength = 160;
    public const int MaxInterests = 10;
    public const int InterestMaxLength = 30;

    public static string DisplayName(string? raw)
    {
        var value = raw?.Trim() ?? string.Empty;
        if (value.Length is 0 or > DisplayNameMaxLength || value.Any(char.IsControl))
        {
            throw new DomainException("invalid_display_name", $"must be 1-{DisplayNameMaxLength} characters.", "display_name");
        }

        return value;
    }

    public static string? Bio(string? raw)
    {
        var value = raw?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        if (value.Length > BioMaxLength)
        {
            throw new DomainException("invalid_bio", $"must be at most {BioMaxLength} characters.", "bio");
        }

        return value;
    }

    /// <summary>Trimmed, de-duplicated case-insensitively (first spelling wins), in the given order.</summary>
    public static List<string> Interests(IEnumerable<string?>? raw)
    {
        var result = new List<string>();
        foreach (var item in raw ?? [])
        {
            var tag = item?.Trim() ?? string.Empty;
            if (tag.Length is 0 or > InterestMaxLength || tag.Any(char.IsControl))
            {
                throw new DomainException("invalid_interest", $"each interest must be 1-{InterestMaxLength} characters.", "interests");
            }

            if (!result.Contains(tag, StringComparer.OrdinalIgnoreCase))
            {
                result.Add(tag);
            }
        }

        if (result.Count > MaxInterests)
        {
            throw new DomainException("too_many_interests", $"at most {MaxInterests} interests.", "interests");
        }

        return result;
    }

    /// <summary>An IANA name known to the runtime's time-zone data (e.g. <c>America/New_York</c>), in its canonical spelling.</summary>
    public static string? Timezone(string? raw)
    {
        var value = raw?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        if (value.Length > 64 || !TimeZoneInfo.TryFindSystemTimeZoneById(value, out var zone) || !zone.HasIanaId)
        {
            throw new DomainException("invalid_timezone", "must be an IANA time zone name such as America/New_York.", "timezone");
        }

        return zone.Id;
    }

    public static bool IsKnownTimezone(string? name) =>
        !string.IsNullOrWhiteSpace(name) && TimeZoneInfo.TryFindSystemTimeZoneById(name, out var zone) && zone.HasIanaId;

    /// <summary>ISO 3166-1 alpha-2, upper-case.</summary>
    public static string? CountryCode(string? raw)
    {
        var value = raw?.Trim().ToUpperInvariant();
        return value is { Length: 2 } && value.All(char.IsAsciiLetterUpper) ? value : null;
    }
}
