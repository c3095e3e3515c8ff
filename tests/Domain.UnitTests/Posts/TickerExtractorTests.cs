using PageShare.Domain.Posts;

namespace PageShare.Domain.UnitTests.Posts;

/// <summary>
/// API.md, "Ticker extraction": `$` or `#`, a symbol (letter, then letters/digits, 1-9; optional `.X`,
/// `-XX` or `_F`), not preceded by a letter, digit, `_` or `$` (but `$$FOO`), not followed by a letter,
/// digit, `$` or `_`; `#` only in capitals; upper-case, de-duplicated, at most 10.
/// </summary>
public sealed class TickerExtractorTests
{
    [Theory]
    // Plain cashtags and separators
    [InlineData("$AAPL", "AAPL")]
    [InlineData("Buying $AAPL today", "AAPL")]
    [InlineData("$A", "A")] // one letter is a whole symbol
    [InlineData("$ABCDEFGHI", "ABCDEFGHI")] // nine characters: the longest base
    [InlineData("$ABCDEFGHIJ", "")] // ten: too long, and cutting at nine would leave it followed by a letter
    [InlineData("$A1B2", "A1B2")]
    [InlineData("$AAPL $MSFT", "AAPL,MSFT")]
    [InlineData("$AAPL\n$MSFT\t$GOOG\r\n", "AAPL,MSFT,GOOG")]
    [InlineData("$AAPL\u00A0$MSFT", "AAPL,MSFT")] // no-break space separates like a space
    [InlineData("$AAPL\u200B$MSFT", "AAPL,MSFT")] // zero-width space is neither letter nor digit
    // Punctuation around the tag
    [InlineData("($TSLA)", "TSLA")]
    [InlineData("[$TSLA]", "TSLA")]
    [InlineData("\"$TSLA\"", "TSLA")]
    [InlineData("'$TSLA'", "TSLA")]
    [InlineData("I like $TSLA.", "TSLA")] // the final dot ends the sentence: no letter after it, so no suffix
    [InlineData("$TSLA. Next", "TSLA")]
    [InlineData("$TSLA...", "TSLA")]
    [InlineData("$SPY,", "SPY")]
    [InlineData("$SPY!", "SPY")]
    [InlineData("$SPY?", "SPY")]
    [InlineData("$SPY:", "SPY")]
    [InlineData("$SPY;$QQQ", "SPY,QQQ")]
    [InlineData("$AAPL/$MSFT", "AAPL,MSFT")]
    [InlineData("$AAPL,$MSFT", "AAPL,MSFT")]
    [InlineData("-$AAPL +$MSFT", "AAPL,MSFT")]
    [InlineData("$AAPL's earnings", "AAPL")] // an apostrophe is not a letter: it ends the symbol
    [InlineData("$AAPL\u2019s earnings", "AAPL")] // same with a typographic apostrophe
    [InlineData("$AAPL%", "AAPL")]
    [InlineData("<b>$AAPL</b>", "AAPL")]
    [InlineData("$TSLA-", "TSLA")] // a dash with no letter after it is punctuation
    // Suffixes
    [InlineData("$BRK.B", "BRK.B")]
    [InlineData("$brk.b", "BRK.B")]
    [InlineData("$BF-B", "BF-B")]
    [InlineData("$BTC.X", "BTC.X")]
    [InlineData("$RDS.AB", "RDS.AB")]
    [InlineData("$ES_F", "ES_F")]
    [InlineData("$es_f", "ES_F")]
    [InlineData("$BRK.B.", "BRK.B")]
    [InlineData("$BRK.B's", "BRK.B")]
    [InlineData("$ABCDEFGHI.AB", "ABCDEFGHI.AB")] // suffix comes on top of the nine-character base
    [InlineData("$BTC.XYZ", "BTC")] // `.XY` is followed by a letter, so it is no suffix; the `.` is then punctuation
    [InlineData("$TSLA.Then", "TSLA")] // a missing space after a full stop
    [InlineData("$BRK.B5", "BRK")] // `.B` is followed by a digit: no suffix
    [InlineData("$BRK..B", "BRK")]
    [InlineData("$ES_FX", "")] // `_F` followed by a letter is no suffix, and ES is then followed by `_`
    [InlineData("$ES_G", "")] // `_` only introduces `_F`; otherwise it is a refusing follower
    [InlineData("$ES_", "")]
    [InlineData("$AAPL_", "")]
    // Case: `$` any, `#` capitals only
    [InlineData("$tsla", "TSLA")]
    [InlineData("$TsLa", "TSLA")]
    [InlineData("#AAPL", "AAPL")]
    [InlineData("#investing", "")]
    [InlineData("#Aapl", "")] // `#` needs capitals throughout
    [InlineData("#AAPl", "")]
    [InlineData("#A1", "A1")] // digits have no case
    [InlineData("#BRK.B", "BRK.B")]
    [InlineData("#BRK.b", "BRK")] // lower-case `.b` is no suffix for `#`; the `.` is then punctuation
    [InlineData("#ES_F", "ES_F")]
    [InlineData("#ES_f", "")] // `_f` is no suffix for `#`, and ES is then followed by `_`
    [InlineData("#100DaysOfCode", "")]
    [InlineData("#", "")]
    [InlineData("$", "")]
    [InlineData("$ AAPL", "")]
    [InlineData("# AAPL", "")]
    // Amounts
    [InlineData("$100", "")]
    [InlineData("$6M", "")]
    [InlineData("$5k", "")]
    [InlineData("$2.55", "")]
    [InlineData("$.50", "")]
    [InlineData("$50USD", "")] // starts with a digit
    [InlineData("$1ABC", "")]
    [InlineData("US$5", "")]
    [InlineData("US$AAPL", "")] // preceded by a letter
    [InlineData("a$b", "")]
    [InlineData("5$AAPL", "")] // preceded by a digit
    [InlineData("_$AAPL", "")] // preceded by `_`
    [InlineData("Target $250 on $AAPL", "AAPL")]
    // `$` next to `$`
    [InlineData("$FOO$BAR", "")] // FOO is followed by `$`, BAR is preceded by a letter
    [InlineData("$AAPL$", "")]
    [InlineData("$FOO $BAR", "FOO,BAR")]
    [InlineData("$$FOO", "FOO")]
    [InlineData("$$foo", "FOO")]
    [InlineData("$$100", "")]
    [InlineData("$$$FOO", "")] // only a leading `$$` is allowed: the third `$` follows a `$`, and `$$` must start a symbol
    [InlineData("a$$FOO", "")] // the leading `$` is itself preceded by a letter
    [InlineData("$$", "")]
    [InlineData("$#AAPL", "")] // `#` preceded by `$`
    [InlineData("#$AAPL", "AAPL")] // `#` is not in the refusing set
    [InlineData("##AAPL", "AAPL")] // same: the second `#` follows a `#`, which does not refuse
    // URLs and e-mail addresses: no special case, the neighbour rules decide
    [InlineData("https://example.com/page#ANCHOR", "")] // `#` preceded by a letter
    [InlineData("https://example.com/v2#TOP", "")] // preceded by a digit
    [InlineData("https://example.com/#TOP", "TOP")] // `/` does not refuse: the rule has no URL exception
    [InlineData("https://x.com/$AAPL", "AAPL")] // likewise
    [InlineData("https://x.com/search?q=$AAPL&f=live", "AAPL")]
    [InlineData("see https://example.com/a.html#section-2 for $NVDA", "NVDA")]
    [InlineData("user#TAG@x.com", "")]
    [InlineData("john$doe@mail.com", "")]
    [InlineData("me@$AAPL", "AAPL")] // `@` does not refuse
    [InlineData("mail ir@apple.com about $AAPL", "AAPL")]
    // Emoji
    [InlineData("🚀$TSLA🚀", "TSLA")] // emoji (surrogate pairs) are neither letters nor digits
    [InlineData("$TSLA🚀🚀🚀", "TSLA")]
    [InlineData("❤️$TSLA", "TSLA")] // the variation selector U+FE0F is a mark on ❤, which does not refuse
    [InlineData("👨‍💻$MSFT", "MSFT")] // zero-width joiner sequences
    // Non-Latin letters, full width, combining marks
    [InlineData("é$AAPL", "")] // é is a letter
    [InlineData("e\u0301$AAPL", "")] // é written as e + combining acute: the e decides
    [InlineData("$AAPL\u0301", "")] // a combining mark would make the L non-ASCII
    [InlineData("$ÄPPL", "")] // symbols are ASCII: Ä cannot start one
    [InlineData("$APPLÄ", "")] // and a non-ASCII letter after the symbol is a letter after the tag
    [InlineData("$AÄPL", "")]
    [InlineData("$ıbm", "")] // dotless i is not the ASCII i
    [InlineData("$АAPL", "")] // Cyrillic А
    [InlineData("我买了$AAPL", "")] // CJK characters are letters: Chinese text needs a space or punctuation
    [InlineData("我买了 $AAPL", "AAPL")]
    [InlineData("我买了，$AAPL。", "AAPL")] // full-width comma and full stop are punctuation
    [InlineData("Ａ$AAPL", "")] // full-width A is a letter
    [InlineData("$AAPL１", "")] // full-width 1 is a decimal digit
    [InlineData("$AAPL٣", "")] // Arabic-Indic 3 is a decimal digit
    [InlineData("＄AAPL", "")] // only ASCII `$` and `#` are tags
    [InlineData("$ＡＡＰＬ", "")]
    [InlineData("（$TSLA）", "TSLA")]
    [InlineData("𝐀$AAPL", "")] // a letter outside the BMP (a surrogate pair) still refuses
    [InlineData("$AAPL𝐀", "")]
    // De-duplication and order
    [InlineData("$aapl $AAPL #AAPL", "AAPL")]
    [InlineData("$MSFT $AAPL $msft $NVDA", "MSFT,AAPL,NVDA")] // first occurrence keeps its place
    [InlineData("$BRK.B $BRK", "BRK.B,BRK")] // different symbols
    // More than ten
    [InlineData("$A $B $C $D $E $F $G $H $I $J $K $L", "A,B,C,D,E,F,G,H,I,J")]
    [InlineData("$A $A $B $C $D $E $F $G $H $I $J $K", "A,B,C,D,E,F,G,H,I,J")] // a repeat does not use a place
    [InlineData("$1 $A $B $C $D $E $F $G $H $I $2 $J $K", "A,B,C,D,E,F,G,H,I,J")] // nor does an amount
    // Mixed
    [InlineData("Long $AAPL and $tsla, short #SPY; $100 target on $BRK.B (and $6M in $ES_F). #investing", "AAPL,TSLA,SPY,BRK.B,ES_F")]
    [InlineData("", "")]
    [InlineData("no tickers here", "")]
    public void Extract_Content_ReturnsExpectedSymbols(string content, string expected)
    {
        var symbols = TickerExtractor.Extract(content);

        string.Join(',', symbols.Select(s => s.Value)).Should().Be(expected);
        symbols.Should().NotContain(s => !TickerCheckConstraint.Accepts(s.Value), "every symbol must fit the database CHECK");
    }

    [Fact]
    public void Extract_Null_ReturnsEmpty()
    {
        TickerExtractor.Extract(null).Should().BeEmpty();
    }

    [Fact]
    public void Extract_LoneSurrogateBeforeTag_TreatsItAsNoLetter()
    {
        // Broken UTF-16 must not throw; a lone surrogate is neither letter nor digit.
        TickerExtractor.Extract("\uD83D$AAPL \uDE80").Select(s => s.Value).Should().Equal("AAPL");
    }

    [Fact]
    public void Extract_ManyDistinctSymbols_KeepsMaxPerPost()
    {
        var content = string.Join(' ', Enumerable.Range(0, 26).Select(n => "$X" + (char)('A' + n)));

        var symbols = TickerExtractor.Extract(content);

        TickerExtractor.MaxPerPost.Should().Be(10);
        symbols.Should().HaveCount(TickerExtractor.MaxPerPost);
        symbols[^1].Value.Should().Be("XJ");
    }
}
