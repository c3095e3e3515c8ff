using System.Globalization;

namespace PageShare.Infrastructure.Persistence.Seeding.BulkData;

/// <summary>What a bulk seed did and how long each step took.</summary>
public sealed record BulkSeedReport(IReadOnlyList<TableLoad> Steps, TimeSpan Total, string TriggerMode)
{
    public long RowsOf(string table) => Steps.Where(s => s.Step == table).Sum(s => s.Rows);

    public void Print(TextWriter output)
    {
        output.WriteLine();
        output.WriteLine($"{"step",-32} {"rows",12} {"seconds",9} {"rows/s",10}");
        foreach (var step in Steps)
        {
            var rows = step.Rows > 0 ? step.Rows.ToString("N0", CultureInfo.InvariantCulture) : string.Empty;
            var rate = step.Rows > 0 ? step.RowsPerSecond.ToString("N0", CultureInfo.InvariantCulture) : string.Empty;
            output.WriteLine($"{step.Step,-32} {rows,12} {step.Elapsed.TotalSeconds,9:F1} {rate,10}");
        }

        var loaded = Steps.Where(s => BulkDataSeeder.LoadedTables.Contains(s.Step)).Sum(s => s.Rows);
        output.WriteLine($"{"total (rows loaded)",-32} {loaded,12:N0} {Total.TotalSeconds,9:F1}");
        output.WriteLine($"(triggers off by {TriggerMode})");
    }
}
