using System.Globalization;
using Bogus;
using PageShare.Domain.Posts;

namespace PageShare.Infrastructure.Persistence.Seeding.BulkData;

/// <summary>
/// Post and comment texts: the demo's trader templates with generated cashtags, plus phrases drawn once
/// from Bogus. The cashtags written here are exactly the post's post_tickers rows.
/// </summary>
internal sealed class PostTexts
{
    private static readonly string[] Chatter =
    [
        "Market feels heavy today. Staying small until CPI.",
        "Cash is a position. Sitting on my hands this week.",
        "Green day, but breadth is terrible. Not chasing.",
        "Journaling my trades finally paid off: fewer revenge trades.",
        "Bond yields moving again. Watch the long end.",
        "Who else is trading the open today?",
        "Risk management > entries. Every single time.",
        "Futures flat, dollar up. Boring tape so far.",
    ];

    private static readonly string[] Replies =
    [
        "Agreed.", "Great call.", "Not so sure about that.", "What's your stop?", "Been saying this for weeks.",
        "Source?", "This is the way.", "Bagholder detected.", "Thanks for sharing the levels.", "Too early to tell.",
        "Same setup on my screen.", "Careful, volume says otherwise.", "Congrats on the trade!", "Ouch.",
    ];

    private static readonly int[] SinglePolls = Enumerable.Range(0, DemoPostTexts.Polls.Count)
        .Where(i => !DemoPostTexts.Polls[i].Question.Contains("{1}", StringComparison.Ordinal)).ToArray();

    private static readonly int[] DoublePolls = Enumerable.Range(0, DemoPostTexts.Polls.Count).Except(SinglePolls).ToArray();

    private readonly string[] _phrases;
    private readonly (string Text, Sentiment? Sentiment)[] _single;
    private readonly (string Text, Sentiment? Sentiment)[] _double;

    public PostTexts(int seed)
    {
        var faker = new Faker { Random = new Randomizer(seed) };
        // '$' and '#' would read as cashtags: the tickers of a post come only from its template.
        _phrases = Enumerable.Range(0, 600)
            .Select(i => (i % 2 == 0 ? faker.Hacker.Phrase() : faker.Company.CatchPhrase()).Replace('$', 's').Replace('#', ' '))
            .ToArray();
        _single = DemoPostTexts.Templates.Where(t => !t.Text.Contains("{1}", StringComparison.Ordinal)).ToArray();
        _double = DemoPostTexts.Templates.Where(t => t.Text.Contains("{1}", StringComparison.Ordinal)).ToArray();
    }

    /// <summary>A post naming <paramref name="symbols"/> (0 to 3 of them, distinct) as cashtags.</summary>
    public (string Content, Sentiment? Sentiment) Post(Random random, IReadOnlyList<string> symbols)
    {
        var price = (random.Next(5, 900) + (random.Next(100) / 100m)).ToString("0.00", CultureInfo.InvariantCulture);
        (string Text, Sentiment? Sentiment) template = symbols.Count switch
        {
            0 => (Chatter[random.Next(Chatter.Length)], null),
            1 => _single[random.Next(_single.Length)],
            _ => _double[random.Next(_double.Length)],
        };

        var text = string.Format(CultureInfo.InvariantCulture, template.Text,
            symbols.Count > 0 ? "$" + symbols[0] : string.Empty, symbols.Count > 1 ? "$" + symbols[1] : string.Empty, price);
        for (var i = 2; i < symbols.Count; i++)
        {
            text += $" Also watching ${symbols[i]}.";
        }

        if (random.Chance(0.4))
        {
            text += " " + Phrase(random);
        }

        return (text, random.Chance(0.8) ? template.Sentiment : null);
    }

    /// <summary>Which demo poll fits: the two-symbol one for two cashtags, otherwise any one-symbol poll.</summary>
    public static byte PollTemplate(Random random, int symbolCount)
    {
        var pool = symbolCount > 1 ? DoublePolls : SinglePolls;
        return (byte)pool[random.Next(pool.Length)];
    }

    public static string Poll(byte template, IReadOnlyList<string> symbols) =>
        Fill(DemoPostTexts.Polls[template].Question, symbols, cashtags: true);

    public static IReadOnlyList<string> PollOptions(byte template, IReadOnlyList<string> symbols) =>
        DemoPostTexts.Polls[template].Options.Select(o => Fill(o, symbols, cashtags: false)).ToList();

    public string Quote(Random random) => DemoPostTexts.QuoteComments[random.Next(DemoPostTexts.QuoteComments.Count)];

    public string Comment(Random random) => random.Chance(0.6) ? Replies[random.Next(Replies.Length)] : Phrase(random);

    private static string Fill(string format, IReadOnlyList<string> symbols, bool cashtags)
    {
        var tag = cashtags ? "$" : string.Empty;
        return string.Format(CultureInfo.InvariantCulture, format, tag + symbols[0], tag + symbols[symbols.Count > 1 ? 1 : 0]);
    }

    private string Phrase(Random random)
    {
        var phrase = _phrases[random.Next(_phrases.Length)];
        return char.ToUpperInvariant(phrase[0]) + phrase[1..] + ".";
    }
}
