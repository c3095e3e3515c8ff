using System.Text.RegularExpressions;

namespace PageShare.Domain.UnitTests.Posts;

/// <summary>
/// The <c>ck_tickers_symbol</c> pattern read from migration 0004 itself, so a change on either side
/// (the SQL or <c>TickerSymbol</c>) that breaks their agreement fails a test instead of an insert.
/// </summary>
internal static partial class TickerCheckConstraint
{
    private static readonly Lazy<Regex> Pattern = new(Load);

    public static bool Accepts(string value) => Pattern.Value.IsMatch(value);

    private static Regex Load()
    {
        var sql = File.ReadAllText(Path.Combine(
            FindRepositoryRoot(), "src", "Infrastructure", "Persistence", "Migrations", "0004_posts.sql"));
        var pattern = CheckClause().Match(sql);
        if (!pattern.Success)
        {
            throw new InvalidOperationException("ck_tickers_symbol not found in 0004_posts.sql.");
        }

        // PostgreSQL's `$` is end of string; .NET's also matches before a final newline, so say \z.
        var anchored = pattern.Groups["pattern"].Value;
        anchored = anchored.EndsWith('$') ? anchored[..^1] + @"\z" : anchored;
        return new Regex(anchored, RegexOptions.CultureInvariant);
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PageShare.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("PageShare.sln not found above the test binaries.");
    }

    [GeneratedRegex(@"constraint ck_tickers_symbol check \(symbol ~ '(?<pattern>[^']+)'\)")]
    private static partial Regex CheckClause();
}
