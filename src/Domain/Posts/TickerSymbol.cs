using System.Diagnostics.CodeAnalysis;
using PageShare.Domain.Common;

namespace PageShare.Domain.Posts;

/// <summary>
/// A cashtag symbol as API.md defines it: 1-9 ASCII letters or digits starting with a letter, then at
/// most one suffix (<c>.X</c> / <c>-X</c> with 1-2 letters, or the futures <c>_F</c>), stored upper-case.
/// Agrees exactly with the <c>ck_tickers_symbol</c> CHECK of migration 0004:
/// <c>^[A-Z][A-Z0-9]{0,8}([.-][A-Z]{1,2}|_F)?$</c>.
/// </summary>
public sealed record TickerSymbol
{
    public const int MaxBaseLength = 9;
    public const int MaxSuffixLetters = 2;

    /// <summary>Longest stored value: a 9-character base plus <c>.XX</c>.</summary>
    public const int MaxLength = MaxBaseLength + 1 + MaxSuffixLetters;

    private TickerSymbol(string value) => Value = value;

    public string Value { get; }

    public static bool TryCreate(string? raw, [NotNullWhen(true)] out TickerSymbol? symbol)
    {
        symbol = null;
        var value = raw?.Trim();
        if (value is null || !IsSymbol(value))
        {
            return false;
        }

        // Safe: IsSymbol admitted ASCII only, so no culture or Unicode mapping (ı -> I, ſ -> S) can sneak in.
        symbol = new TickerSymbol(value.ToUpperInvariant());
        return true;
    }

    public static TickerSymbol Create(string? raw) => TryCreate(raw, out var symbol)
        ? symbol
        : throw new DomainException("invalid_ticker", $"'{raw}' is not a ticker symbol.", "symbol");

    public override string ToString() => Value;

    /// <summary>The whole grammar, any case; the caller upper-cases.</summary>
    private static bool IsSymbol(string value)
    {
        if (value.Length is 0 or > MaxLength || !char.IsAsciiLetter(value[0]))
        {
            return false;
        }

        var baseEnd = 1;
        while (baseEnd < value.Length && char.IsAsciiLetterOrDigit(value[baseEnd]))
        {
            baseEnd++;
        }

        if (baseEnd > MaxBaseLength)
        {
            return false;
        }

        var suffix = value.AsSpan(baseEnd);
        return suffix.IsEmpty || IsFuturesSuffix(suffix) || IsClassSuffix(suffix);
    }

    private static bool IsFuturesSuffix(ReadOnlySpan<char> suffix) =>
        suffix.Length == 2 && suffix[0] == '_' && suffix[1] is 'F' or 'f';

    private static bool IsClassSuffix(ReadOnlySpan<char> suffix)
    {
        if (suffix.Length is < 2 or > MaxSuffixLetters + 1 || suffix[0] is not ('.' or '-'))
        {
            return false;
        }

        foreach (var c in suffix[1..])
        {
            if (!char.IsAsciiLetter(c))
            {
                return false;
            }
        }

        return true;
    }
}
