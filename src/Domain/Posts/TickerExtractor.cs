using System.Globalization;
using System.Text;

namespace PageShare.Domain.Posts;

/// <summary>
/// Finds the cashtags of a post with the rules of API.md ("Ticker extraction"). A hand-written,
/// linear scanner: no regex, so no backtracking however hostile the content.
/// </summary>
/// <remarks>
/// It reads like <c>(?&lt;!W)(\$\$?|#)BASE(SUFFIX)?(?!W)</c>, where W is "letter, digit, <c>$</c> or
/// <c>_</c>" and letters and digits are Unicode ones (<c>é</c>, <c>中</c>, <c>Ａ</c>, <c>１</c>).
/// Decisions where the rules leave room:
/// <list type="bullet">
/// <item>Symbols are ASCII only; a non-ASCII letter touching a tag is a "letter" and refuses it.</item>
/// <item>A <c>.</c> or <c>-</c> not followed by a complete suffix is punctuation, so <c>$TSLA.</c>,
/// <c>$TSLA.Then</c> and <c>$BTC.XYZ</c> give the base; a <c>_</c> that is not exactly <c>_F</c> refuses.</item>
/// <item>A combining mark belongs to the character before it: one after a symbol makes its last letter
/// non-ASCII (refused); before a tag, the base character it decorates is the one judged.</item>
/// <item>Only a leading <c>$$</c> is special: <c>$$$FOO</c>, <c>$#FOO</c> give nothing; <c>#</c> is not in
/// the refusing set, so <c>#$FOO</c> and <c>##FOO</c> give FOO.</item>
/// <item>URLs and e-mail addresses get no special case: <c>/</c>, <c>@</c> and <c>=</c> do not refuse, a
/// letter or digit does (<c>page#TOP</c>, <c>user#TAG@x.com</c> give nothing).</item>
/// </list>
/// </remarks>
public static class TickerExtractor
{
    public const int MaxPerPost = 10;

    public static IReadOnlyList<TickerSymbol> Extract(string? content)
    {
        if (string.IsNullOrEmpty(content))
        {
            return [];
        }

        var symbols = new List<TickerSymbol>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var i = 0;
        while (i < content.Length && symbols.Count < MaxPerPost)
        {
            if (content[i] is '$' or '#' && !IsRefusedBefore(content, i) && TryReadTag(content, i, out var raw, out var end))
            {
                var symbol = TickerSymbol.Create(raw);
                if (seen.Add(symbol.Value))
                {
                    symbols.Add(symbol); // first occurrence keeps its place
                }

                i = end;
                continue;
            }

            i++;
        }

        return symbols.AsReadOnly();
    }

    /// <summary>Reads the symbol after the tag at <paramref name="at"/>; <paramref name="end"/> is just past it.</summary>
    private static bool TryReadTag(string text, int at, out string raw, out int end)
    {
        raw = string.Empty;
        end = at;

        // `$` takes any case; `#` only capitals, so hashtags like #investing or #Aapl stay hashtags.
        var capitalsOnly = text[at] == '#';
        var start = at + 1;
        if (!capitalsOnly && start < text.Length && text[start] == '$')
        {
            start++; // `$$FOO`: the second `$` may follow the first; IsRefusedBefore judged the first
        }

        if (start >= text.Length || !IsSymbolLetter(text[start], capitalsOnly))
        {
            return false; // `$100`, `$2.55`, `$ `, `$$$FOO`: a symbol starts with a letter
        }

        // Stop one past the limit: a longer run is too long anyway, and the scan stays O(1) per tag.
        var baseEnd = start + 1;
        while (baseEnd < text.Length && baseEnd - start <= TickerSymbol.MaxBaseLength
            && (char.IsAsciiDigit(text[baseEnd]) || IsSymbolLetter(text[baseEnd], capitalsOnly)))
        {
            baseEnd++;
        }

        if (baseEnd - start > TickerSymbol.MaxBaseLength)
        {
            return false; // `$ABCDEFGHIJ`: ten characters, the tag would be followed by a letter
        }

        // The suffix counts only when it is complete and well ended; otherwise the base alone is judged,
        // so the `.` of `$TSLA.` ends a sentence rather than starting a suffix.
        var tagEnd = SuffixEnd(text, baseEnd, capitalsOnly);
        if (IsRefusedAfter(text, tagEnd))
        {
            return false; // `$FOO$BAR`, `$ES_X`, `$AAPLé`; while `$AAPL's` and `($TSLA)` pass
        }

        raw = text[start..tagEnd];
        end = tagEnd;
        return true;
    }

    /// <summary>Index past a `.X`, `-XX` or `_F` suffix at <paramref name="at"/>, or <paramref name="at"/> when none.</summary>
    private static int SuffixEnd(string text, int at, bool capitalsOnly)
    {
        if (at + 1 >= text.Length)
        {
            return at;
        }

        if (text[at] == '_' && (text[at + 1] == 'F' || (!capitalsOnly && text[at + 1] == 'f')))
        {
            return IsRefusedAfter(text, at + 2) ? at : at + 2;
        }

        if (text[at] is not ('.' or '-'))
        {
            return at;
        }

        var letters = 0;
        while (letters < TickerSymbol.MaxSuffixLetters && at + 1 + letters < text.Length
            && IsSymbolLetter(text[at + 1 + letters], capitalsOnly))
        {
            letters++;
        }

        // `$BRK.BRK`: `.BR` is followed by a letter, so it is no suffix; the base then stands alone.
        return letters > 0 && !IsRefusedAfter(text, at + 1 + letters) ? at + 1 + letters : at;
    }

    private static bool IsSymbolLetter(char c, bool capitalsOnly) =>
        capitalsOnly ? char.IsAsciiLetterUpper(c) : char.IsAsciiLetter(c);

    /// <summary>"Not preceded by a letter, digit, `_` or `$`": `US$5`, `a$b`, `$FOO$BAR`, `page#TOP`.</summary>
    private static bool IsRefusedBefore(string text, int at)
    {
        var span = text.AsSpan(0, at);
        while (!span.IsEmpty)
        {
            Rune.DecodeLastFromUtf16(span, out var rune, out var length);
            if (!IsMark(rune))
            {
                return IsWordRune(rune);
            }

            // A combining mark decorates the character before it (`é` written as e + U+0301, or an
            // emoji's variation selector): that character decides.
            span = span[..^length];
        }

        return false;
    }

    /// <summary>"Not followed by a letter, digit, `$` or `_`": `$AAPL$`, `$ES_FX`, `$AAPLé`, `$AAPL１`.</summary>
    private static bool IsRefusedAfter(string text, int at)
    {
        if (at >= text.Length)
        {
            return false;
        }

        // Decoding the whole code point sees letters outside the BMP (𝐀) and lets emoji (🚀) through.
        Rune.DecodeFromUtf16(text.AsSpan(at), out var rune, out _);

        // A mark would turn the symbol's last ASCII letter into a non-ASCII one.
        return IsWordRune(rune) || IsMark(rune);
    }

    private static bool IsWordRune(Rune rune) =>
        Rune.IsLetterOrDigit(rune) || rune.Value is '$' or '_';

    private static bool IsMark(Rune rune) => Rune.GetUnicodeCategory(rune)
        is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
}
