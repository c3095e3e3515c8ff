using System.Diagnostics.CodeAnalysis;
using System.Text;
using PageShare.Domain.Common;

namespace PageShare.Domain.Users;

/// <summary>3-30 of <c>a-z 0-9 _</c>, stored lower-case, never a reserved word. Uniqueness is the database's job.</summary>
public sealed record Username
{
    public const int MinLength = 3;
    public const int MaxLength = 30;

    // Words that would read as the platform speaking, or clash with routes (/users/me).
    private static readonly HashSet<string> Reserved = new(StringComparer.Ordinal)
    {
        "admin", "administrator", "api", "app", "auth", "billing", "bookmarks", "dashboard", "everyone",
        "explore", "feed", "help", "login", "logout", "me", "metrics", "mod", "moderator", "null", "official",
        "pageshare", "root", "search", "security", "settings", "signin", "signup", "staff", "support",
        "system", "trending", "undefined", "user", "users", "www",
    };

    private Username(string value) => Value = value;

    public string Value { get; }

    public static bool IsReserved(string candidate) => Reserved.Contains(candidate.ToLowerInvariant());

    public static bool TryCreate(string? raw, [NotNullWhen(true)] out Username? username)
    {
        username = null;
        if (raw is null)
        {
            return false;
        }

        var value = raw.Trim().ToLowerInvariant();
        if (value.Length is < MinLength or > MaxLength || !value.All(IsAllowed) || Reserved.Contains(value))
        {
            return false;
        }

        username = new Username(value);
        return true;
    }

    public static Username Create(string? raw) => TryCreate(raw, out var username)
        ? username
        : throw new DomainException(
            "invalid_username",
            $"must be {MinLength}-{MaxLength} characters of a-z, 0-9 and _, and not a reserved word.",
            "username");

    /// <summary>
    /// A valid base name derived from an e-mail or display name for a new profile
    /// (<c>Jane.Doe+x@mail.com</c> becomes <c>jane_doe_x</c>); callers add a suffix when it is taken.
    /// </summary>
    public static string SuggestBase(string? source)
    {
        var local = (source ?? string.Empty).Split('@')[0].ToLowerInvariant();
        var builder = new StringBuilder(MaxLength);
        foreach (var c in local)
        {
            if (builder.Length == MaxLength - 5)
            {
                break; // room for a "_1234" suffix
            }

            if (IsAllowed(c))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '_')
            {
                builder.Append('_');
            }
        }

        var suggestion = builder.ToString().Trim('_');
        if (suggestion.Length < MinLength || Reserved.Contains(suggestion))
        {
            suggestion = "trader";
        }

        return suggestion;
    }

    public override string ToString() => Value;

    private static bool IsAllowed(char c) => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_';
}
