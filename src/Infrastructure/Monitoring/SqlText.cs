using System.Text.RegularExpressions;

namespace PageShare.Infrastructure.Monitoring;

/// <summary>
/// SQL text safe to show and to group by: literals become <c>?</c> (EF passes values as parameters, but raw SQL
/// and inlined constants could carry an e-mail or a token), whitespace collapses, the length is capped.
/// </summary>
internal static partial class SqlText
{
    private const int MaxLength = 1000;

    public static string Normalise(string sql)
    {
        var text = StringLiteral().Replace(sql, "'?'");
        text = LineComment().Replace(text, " ");
        text = NumberLiteral().Replace(text, "?");
        text = Whitespace().Replace(text, " ").Trim();
        return text.Length <= MaxLength ? text : text[..MaxLength] + "…";
    }

    [GeneratedRegex(@"'(?:[^']|'')*'")]
    private static partial Regex StringLiteral();

    [GeneratedRegex(@"--[^\r\n]*")]
    private static partial Regex LineComment();

    // Not a digit inside an identifier (t0), a parameter name (@p0, $1) or a qualified name.
    [GeneratedRegex(@"(?<![\w@$.])\d+(?:\.\d+)?(?![\w])")]
    private static partial Regex NumberLiteral();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
