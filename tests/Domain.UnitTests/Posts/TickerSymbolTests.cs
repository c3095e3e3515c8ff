using System.Globalization;
using PageShare.Domain.Common;
using PageShare.Domain.Posts;

namespace PageShare.Domain.UnitTests.Posts;

public sealed class TickerSymbolTests
{
    [Theory]
    [InlineData("AAPL", "AAPL")]
    [InlineData("aapl", "AAPL")]
    [InlineData("TsLa", "TSLA")]
    [InlineData("A", "A")]
    [InlineData("A1", "A1")]
    [InlineData("ABCDEFGHI", "ABCDEFGHI")]
    [InlineData("BRK.B", "BRK.B")]
    [InlineData("brk.b", "BRK.B")]
    [InlineData("BF-B", "BF-B")]
    [InlineData("BTC.X", "BTC.X")]
    [InlineData("RDS.AB", "RDS.AB")]
    [InlineData("ES_F", "ES_F")]
    [InlineData("es_f", "ES_F")]
    [InlineData("ABCDEFGHI.AB", "ABCDEFGHI.AB")] // 9-character base plus a 2-letter suffix: the longest
    [InlineData("  TSLA ", "TSLA")]
    public void TryCreate_ValidSymbol_ReturnsUpperCase(string raw, string expected)
    {
        TickerSymbol.TryCreate(raw, out var symbol).Should().BeTrue();

        symbol!.Value.Should().Be(expected);
        TickerCheckConstraint.Accepts(symbol.Value).Should().BeTrue("the database stores what the domain accepts");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("1ABC")]
    [InlineData("ABCDEFGHIJ")]
    [InlineData("$AAPL")]
    [InlineData("#AAPL")]
    [InlineData("AA PL")]
    [InlineData("BRK.")]
    [InlineData("BRK-")]
    [InlineData("BRK.ABC")]
    [InlineData("BRK..B")]
    [InlineData("BRK.B.C")]
    [InlineData("BRK.1")]
    [InlineData("BRK_B")]
    [InlineData("ES_")]
    [InlineData("ES_G")]
    [InlineData("ES_FF")]
    [InlineData("ES_F.A")]
    [InlineData("_F")]
    [InlineData(".B")]
    [InlineData("A-B-C")]
    [InlineData("ÄPPL")]
    [InlineData("ıbm")] // dotless i upper-cases to ASCII I: refused before any upper-casing
    [InlineData("ſpy")] // long s upper-cases to ASCII S
    [InlineData("\u212AO")] // Kelvin sign, not K
    [InlineData("ＡＡＰＬ")]
    [InlineData("AAPL\u0301")]
    [InlineData("AA\nPL")]
    public void TryCreate_InvalidSymbol_ReturnsFalse(string? raw)
    {
        TickerSymbol.TryCreate(raw, out var symbol).Should().BeFalse();

        symbol.Should().BeNull();
    }

    [Fact]
    public void Create_InvalidSymbol_ThrowsInvalidTicker()
    {
        var act = () => TickerSymbol.Create("1ABC");

        act.Should().Throw<DomainException>().Which.Code.Should().Be("invalid_ticker");
    }

    [Fact]
    public void Create_SameSymbolAnyCase_IsEqual()
    {
        var lower = TickerSymbol.Create("brk.b");
        var upper = TickerSymbol.Create("BRK.B");

        lower.Should().Be(upper);
        lower.GetHashCode().Should().Be(upper.GetHashCode());
        lower.ToString().Should().Be("BRK.B");
    }

    [Fact]
    public void Create_TurkishCulture_UpperCasesAsciiOnly()
    {
        var saved = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("tr-TR");
        try
        {
            // In Turkish, "i".ToUpper() is "İ" (U+0130), which the database would refuse.
            TickerSymbol.Create("msfti").Value.Should().Be("MSFTI");
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void TryCreate_RandomStrings_AgreesWithDatabaseCheck()
    {
        // Deterministic: the same 20,000 strings every run, over the characters the grammar cares about.
        const string alphabet = "ABFXZabfxz09.-_$#ı";
        var random = new Random(20240604);
        var accepted = 0;
        var refused = 0;
        for (var n = 0; n < 20_000; n++)
        {
            var chars = new char[random.Next(0, TickerSymbol.MaxLength + 3)];
            for (var k = 0; k < chars.Length; k++)
            {
                chars[k] = alphabet[random.Next(alphabet.Length)];
            }

            var raw = new string(chars);
            var asciiUpper = string.Concat(raw.Select(c => char.IsAsciiLetterLower(c) ? char.ToUpperInvariant(c) : c));

            var created = TickerSymbol.TryCreate(raw, out var symbol);

            created.Should().Be(TickerCheckConstraint.Accepts(asciiUpper), "'{0}' must be judged like the CHECK does", raw);
            if (created)
            {
                symbol!.Value.Should().Be(asciiUpper);
                accepted++;
            }
            else
            {
                refused++;
            }
        }

        accepted.Should().BeGreaterThan(500, "the sample must exercise valid symbols too");
        refused.Should().BeGreaterThan(500);
    }
}
