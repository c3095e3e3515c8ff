using NpgsqlTypes;
using Npgsql;

namespace PageShare.Infrastructure.Persistence.Seeding.BulkData;

/// <summary>
/// Typed writes into one binary COPY, counting rows and reporting progress every so often. Without an
/// importer it is the dry run: rows are generated and counted, nothing is sent.
/// </summary>
internal sealed class RowWriter(NpgsqlBinaryImporter? importer, string table, TextWriter progress)
{
    private const long ProgressEvery = 250_000;

    public long Rows { get; private set; }

    /// <summary>The dry run tallies the counters (<see cref="SeedPlan.Counts"/>); the real run writes them.</summary>
    public bool IsDry => importer is null;

    public void StartRow()
    {
        Rows++;
        if (importer is null)
        {
            return;
        }

        importer.StartRow();
        if (Rows % ProgressEvery == 0)
        {
            progress.WriteLine($"  {table}: {Rows:N0} rows...");
        }
    }

    public void Id(Guid value) => importer?.Write(value, NpgsqlDbType.Uuid);

    public void Id(Guid? value)
    {
        if (value is { } id)
        {
            Id(id);
        }
        else
        {
            importer?.WriteNull();
        }
    }

    public void Text(string? value)
    {
        if (value is null)
        {
            importer?.WriteNull();
        }
        else
        {
            importer?.Write(value, NpgsqlDbType.Text);
        }
    }

    public void TextArray(string[] value) => importer?.Write(value, NpgsqlDbType.Array | NpgsqlDbType.Text);

    public void Int(int value) => importer?.Write(value, NpgsqlDbType.Integer);

    public void Short(short value) => importer?.Write(value, NpgsqlDbType.Smallint);

    public void Bool(bool value) => importer?.Write(value, NpgsqlDbType.Boolean);

    public void Time(DateTime value) => importer?.Write(value, NpgsqlDbType.TimestampTz);

    public void Time(DateTime? value)
    {
        if (value is { } at)
        {
            Time(at);
        }
        else
        {
            importer?.WriteNull();
        }
    }
}
