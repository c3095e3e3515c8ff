namespace PageShare.Infrastructure.Persistence.Seeding.BulkData;

/// <summary>One step of a bulk seed: a table's COPY (with its row count) or a maintenance step.</summary>
public sealed record TableLoad(string Step, long Rows, TimeSpan Elapsed)
{
    public double RowsPerSecond => Elapsed.TotalSeconds > 0 ? Rows / Elapsed.TotalSeconds : 0;
}
