using System.Globalization;
using PageShare.Domain.Common;

namespace PageShare.Domain.Posts;

/// <summary>Post and comment text limits, counted in user-perceived characters so an emoji counts once.</summary>
public static class PostContent
{
    public const int MaxLength = 1000;

    public static int Length(string? text) => string.IsNullOrEmpty(text) ? 0 : new StringInfo(text).LengthInTextElements;

    /// <summary>Trimmed text; empty allowed only when <paramref name="mayBeEmpty"/>.</summary>
    public static string Normalise(string? raw, bool mayBeEmpty, string field = "content")
    {
        var text = (raw ?? string.Empty).Trim();
        if (text.Length == 0 && !mayBeEmpty)
        {
            throw new DomainException("empty_content", "must not be empty.", field);
        }

        if (Length(text) > MaxLength)
        {
            throw new DomainException("content_too_long", $"must be at most {MaxLength} characters.", field);
        }

        if (text.Contains('\0', StringComparison.Ordinal))
        {
            throw new DomainException("invalid_content", "must not contain NUL characters.", field);
        }

        return text;
    }
}
