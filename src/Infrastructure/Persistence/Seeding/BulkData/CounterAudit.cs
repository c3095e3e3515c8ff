using Npgsql;

namespace PageShare.Infrastructure.Persistence.Seeding.BulkData;

/// <summary>Compares every stored counter with a count of the real rows (tests, and operators after a repair).</summary>
public static class CounterAudit
{
    /// <summary>"table.(columns)" → number of rows whose counters are wrong; all zero when exact.</summary>
    public static async Task<IReadOnlyDictionary<string, long>> CountMismatchesAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, long>();
        foreach (var set in CounterSets.All)
        {
            await using var command = new NpgsqlCommand(set.MismatchCountSql, connection) { CommandTimeout = 0 };
            result[$"{set.Table}({string.Join(", ", set.Columns)})"] = (long)(await command.ExecuteScalarAsync(cancellationToken))!;
        }

        return result;
    }
}
