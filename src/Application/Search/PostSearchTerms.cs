using PageShare.Domain.Posts;

namespace PageShare.Application.Search;

/// <summary>
/// A post search split into cashtags, matched exactly against the post's tickers (all of them required), and the
/// remaining words, matched by full-text search. <c>$AAPL</c> is a cashtag; a bare <c>AAPL</c> is a word.
/// </summary>
public sealed record PostSearchTerms(string Text, IReadOnlyList<string> Cashtags)
{
    private static readonly char[] TrailingPunctuation = [',', '.', ';', ':', '!', '?', ')'];

    public bool IsEmpty => Text.Length == 0 && Cashtags.Count == 0;

    public static PostSearchTerms Parse(string query)
    {
        var words = new List<string>();
        var cashtags = new List<string>();
        foreach (var token in query.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (token.StartsWith('$') && TickerSymbol.TryCreate(token[1..].TrimEnd(TrailingPunctuation), out var symbol))
            {
                if (!cashtags.Contains(symbol.Value))
                {
                    cashtags.Add(symbol.Value);
                }
            }
            else
            {
                words.Add(token);
            }
        }

        return new PostSearchTerms(string.Join(' ', words), cashtags);
    }
}
