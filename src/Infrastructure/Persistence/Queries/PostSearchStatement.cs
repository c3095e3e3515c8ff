using System.Text;
using Npgsql;
using PageShare.Application.Search;

namespace PageShare.Infrastructure.Persistence.Queries;

/// <summary>
/// The post search statement. With words, ts_rank orders only a window: the <see cref="Window"/> newest visible
/// matches when the search began (to_tsvector is evaluated per ranked row, about 20 µs each: ranking every match of a
/// common word took over a second at 1M posts). Those are found newest first, through ix_posts_feed when the word is
/// common and ix_posts_content_fts when it is rare; the planner tells which from the statistics of migration 0014.
/// Later pages rank the matches from the window's floor (carried in the cursor) on, so the window does not slide.
/// Cashtags alone have no rank: newest first from the first cashtag's ticker links, keyset on (created_at, id), no window.
/// </summary>
internal static class PostSearchStatement
{
    /// <summary>How many of the newest matches are ranked (docs/api-extensions.md); the list ends after them.</summary>
    public const int Window = 100;

    // The viewer's blocks and mutes, and blocks of the viewer.
    private const string AuthorVisible = """
        AND NOT EXISTS (SELECT 1 FROM content_filters cf WHERE cf.user_id = @viewer AND cf.target_user_id = p.author_id AND cf.kind IN ('block', 'mute'))
        AND NOT EXISTS (SELECT 1 FROM content_filters cf WHERE cf.user_id = p.author_id AND cf.target_user_id = @viewer AND cf.kind = 'block')
        """;

    // The same expression as ix_posts_content_fts and the statistics of 0014, or neither is used.
    private const string Document = "to_tsvector('simple', {0}.content)";

    public static string Build(PostSearchTerms terms, SearchCursor? after, List<NpgsqlParameter> parameters)
    {
        var filters = new StringBuilder();
        for (var i = 0; i < terms.Cashtags.Count; i++)
        {
            parameters.Add(new($"cashtag{i}", terms.Cashtags[i]));
        }

        if (terms.Text.Length == 0)
        {
            // Cashtags alone: the first one's ticker links are the list, newest first; the others are probes.
            AppendCashtagProbes(terms.Cashtags.Count, first: 1, filters);
            filters.AppendLine(AuthorVisible);
            return Newest(filters, after, parameters);
        }

        parameters.Add(new("text", terms.Text));
        filters.AppendLine($"AND {string.Format(Document, "p")} @@ websearch_to_tsquery('simple', @text)");
        AppendWordPrefilter(terms.Text, filters, parameters);
        AppendCashtagProbes(terms.Cashtags.Count, first: 0, filters);
        filters.AppendLine(AuthorVisible);
        return Ranked(filters, after, parameters);
    }

    // One probe of pk_post_tickers per post and cashtag, so the newest-first walk stays possible.
    private static void AppendCashtagProbes(int count, int first, StringBuilder filters)
    {
        for (var i = first; i < count; i++)
        {
            filters.AppendLine($"AND EXISTS (SELECT 1 FROM post_tickers pt WHERE pt.post_id = p.id AND pt.symbol = @cashtag{i})");
        }
    }

    private static string Ranked(StringBuilder filters, SearchCursor? after, List<NpgsqlParameter> parameters)
    {
        string window;
        if (after?.Floor is { } floor)
        {
            window = """AND (p.created_at, p.id) >= (@floorAt, @floorId)""";
            parameters.AddRange([new("floorAt", floor.At), new("floorId", floor.Id)]);
        }
        else
        {
            window = "ORDER BY p.created_at DESC, p.id DESC LIMIT @window";
            parameters.Add(new("window", Window));
        }

        var sql = new StringBuilder().AppendLine($"""
            WITH candidates AS (
                SELECT p.id, p.created_at, p.content
                FROM posts p
                WHERE p.deleted_at IS NULL
                  {filters}
                  {window}
            )
            SELECT m.* FROM (
                SELECT c.id AS "Id", c.created_at AS "At",
                       ts_rank({string.Format(Document, "c")}, websearch_to_tsquery('simple', @text))::float8 AS "Rank",
                       f.created_at AS "FloorAt", f.id AS "FloorId"
                FROM candidates c
                CROSS JOIN (SELECT created_at, id FROM candidates ORDER BY created_at, id LIMIT 1) f
            ) m
            """);
        if (after is { } position)
        {
            sql.AppendLine("""WHERE m."Rank" < @rank OR (m."Rank" = @rank AND (m."At", m."Id") < (@at, @key))""");
            parameters.AddRange([new("rank", position.Rank), new("at", position.At), new("key", SearchKeys.AsGuid(position))]);
        }

        return sql.AppendLine("""ORDER BY m."Rank" DESC, m."At" DESC, m."Id" DESC LIMIT @take""").ToString();
    }

    // post_tickers.created_at is the post's (copied on insert, migration 0004): ix_post_tickers_symbol is the symbol's
    // posts newest first, so a page reads about `take` links however many posts mention the symbol.
    private static string Newest(StringBuilder filters, SearchCursor? after, List<NpgsqlParameter> parameters)
    {
        var keyset = string.Empty;
        if (after is { } position)
        {
            keyset = "AND (t.created_at, t.post_id) < (@at, @key)";
            parameters.AddRange([new("at", position.At), new("key", SearchKeys.AsGuid(position))]);
        }

        return $"""
            SELECT p.id AS "Id", t.created_at AS "At", 0::float8 AS "Rank", NULL::timestamptz AS "FloorAt", NULL::uuid AS "FloorId"
            FROM post_tickers t
            JOIN posts p ON p.id = t.post_id
            WHERE t.symbol = @cashtag0
              AND p.deleted_at IS NULL
              {filters}
              {keyset}
            ORDER BY t.created_at DESC, t.post_id DESC LIMIT @take
            """;
    }

    // to_tsvector costs ~20 µs a post, strpos ~1 µs: when every word is plain ASCII letters and digits (websearch
    // ANDs them, and 'simple' makes each its lower-case self), a post can only match if its lower-cased text contains
    // each word, so the cheap test runs first. Anything else (OR, -word, "phrases", other characters) gets none.
    private static void AppendWordPrefilter(string text, StringBuilder filters, List<NpgsqlParameter> parameters)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (!words.All(w => w.All(char.IsAsciiLetterOrDigit)) || words.Any(w => w.Equals("or", StringComparison.OrdinalIgnoreCase)))
        {
            return;
        }

        foreach (var (word, i) in words.Select(w => w.ToLowerInvariant()).Distinct(StringComparer.Ordinal).Select((w, i) => (w, i)))
        {
            parameters.Add(new($"word{i}", word));
            filters.AppendLine($"AND strpos(lower(p.content), @word{i}) > 0");
        }
    }
}
