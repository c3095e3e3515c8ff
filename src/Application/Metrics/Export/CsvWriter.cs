using System.Globalization;
using System.Text;

namespace PageShare.Application.Metrics.Export;

/// <summary>
/// RFC 4180 CSV: CRLF after every record, a field quoted when it holds a comma, a quote, CR or LF (quotes doubled).
/// Text that a spreadsheet would run as a formula (a first character of <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or CR)
/// gets a leading <c>'</c>. Numbers are written as numbers and never prefixed: a negative number is data, not a formula,
/// and only text can come from a user.
/// </summary>
public sealed class CsvWriter
{
    private readonly StringBuilder _text = new();
    private bool _rowStarted;

    public CsvWriter Text(string? value)
    {
        Separate();
        _text.Append(Escape(Neutralise(value ?? string.Empty)));
        return this;
    }

    public CsvWriter Number(long value)
    {
        Separate();
        _text.Append(value.ToString(CultureInfo.InvariantCulture));
        return this;
    }

    public CsvWriter Number(decimal? value)
    {
        Separate();
        if (value is { } v)
        {
            _text.Append(v.ToString(CultureInfo.InvariantCulture));
        }

        return this;
    }

    public CsvWriter EndRow()
    {
        _text.Append("\r\n");
        _rowStarted = false;
        return this;
    }

    public override string ToString() => _text.ToString();

    /// <summary>The OWASP CSV-injection rule: prefix text that starts like a formula.</summary>
    internal static string Neutralise(string value) =>
        value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;

    internal static string Escape(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private void Separate()
    {
        if (_rowStarted)
        {
            _text.Append(',');
        }

        _rowStarted = true;
    }
}
