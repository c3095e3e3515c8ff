namespace PageShare.Infrastructure.Persistence.Seeding.BulkData;

/// <summary>
/// The counter columns of one table and the query that computes them from the real rows, exactly as the
/// counter triggers of the migrations define them. <see cref="CounterSets"/> lists them all.
/// </summary>
public sealed record CounterSet(string Table, IReadOnlyList<string> Columns, string ExpectedSql)
{
    private string Differs => $"({string.Join(", ", Columns.Select(c => "t." + c))}) is distinct from ({string.Join(", ", Columns.Select(c => "e." + c))})";

    /// <summary>Rewrites only the rows whose stored counters differ from the real counts.</summary>
    public string RecomputeSql =>
        $"update {Table} t set {string.Join(", ", Columns.Select(c => $"{c} = e.{c}"))} from ({ExpectedSql}) e where t.{Key} = e.{Key} and {Differs}";

    /// <summary>How many rows hold a counter that differs from the real count (0 when exact).</summary>
    public string MismatchCountSql => $"select count(*) from {Table} t join ({ExpectedSql}) e on t.{Key} = e.{Key} where {Differs}";

    private string Key => Table == "tickers" ? "symbol" : "id";
}
