using PageShare.Application.Metrics;
using PageShare.Application.Metrics.Export;

namespace PageShare.Application.UnitTests.Metrics;

public sealed class CsvWriterTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("", "")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("cr\rhere", "\"cr\rhere\"")]
    [InlineData("=SUM(A1:A2)", "'=SUM(A1:A2)")]
    [InlineData("+1", "'+1")]
    [InlineData("-5", "'-5")]
    [InlineData("@cmd", "'@cmd")]
    [InlineData("\tTAB", "'\tTAB")]
    [InlineData("\r=1", "\"'\r=1\"")]
    [InlineData("=HYPERLINK(\"http://x\",\"a\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"a\"\")\"")]
    [InlineData("a=b", "a=b")]
    [InlineData(" =1", " =1")]
    public void Text_Value_IsNeutralisedThenQuoted(string value, string expected) =>
        new CsvWriter().Text(value).ToString().Should().Be(expected);

    [Fact]
    public void Text_Null_IsAnEmptyField() =>
        new CsvWriter().Text(null).Text("x").EndRow().ToString().Should().Be(",x\r\n");

    [Theory]
    [InlineData(-5L, "-5")]
    [InlineData(0L, "0")]
    [InlineData(1234567L, "1234567")]
    public void Number_Negative_IsWrittenAsANumberNotNeutralised(long value, string expected) =>
        new CsvWriter().Number(value).ToString().Should().Be(expected);

    [Fact]
    public void Number_Decimal_UsesInvariantCultureAndEmptyForNull()
    {
        var culture = Thread.CurrentThread.CurrentCulture;
        try
        {
            Thread.CurrentThread.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
            new CsvWriter().Number(-12.5m).Number((decimal?)null).Number(0.0001m).ToString().Should().Be("-12.5,,0.0001");
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = culture;
        }
    }

    [Fact]
    public void EndRow_Rows_AreSeparatedByCrLf() =>
        new CsvWriter().Text("a").Number(1).EndRow().Text("b").Number(2).EndRow().ToString().Should().Be("a,1\r\nb,2\r\n");

    [Fact]
    public void MetricsCsv_Export_HasHeaderAndOneRowPerDay()
    {
        var export = new MetricsExportDto(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 2),
        [
            new DailyMetricsDto(new DateOnly(2026, 3, 1), 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11),
            new DailyMetricsDto(new DateOnly(2026, 3, 2), 0, 0, 0, 0, 5, 0, 0, 0, 0, 0, 0),
        ]);

        MetricsCsv.Write(export).Should().Be(
            "day,dau,wau,mau,signups,users_total,posts,comments,reactions,reposts,follows,poll_votes\r\n"
            + "2026-03-01,1,2,3,4,5,6,7,8,9,10,11\r\n"
            + "2026-03-02,0,0,0,0,5,0,0,0,0,0,0\r\n");
        MetricsCsv.FileName(export).Should().Be("pageshare-metrics-2026-03-01-to-2026-03-02.csv");
    }
}
