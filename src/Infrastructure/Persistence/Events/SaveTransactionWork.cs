using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace PageShare.Infrastructure.Persistence.Events;

/// <summary>
/// SQL that domain event handlers need committed with the save that raised their event. Handlers run before
/// SaveChanges opens its transaction, so the statements wait here (one instance per request) and
/// <see cref="SaveTransactionInterceptor"/> runs them first inside that transaction (a retried save runs them
/// again); inside a caller's own transaction they run at once.
/// </summary>
internal sealed class SaveTransactionWork
{
    private readonly List<FormattableString> _pending = [];

    public async Task RunInSaveAsync(DbContext db, FormattableString sql, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is { } transaction)
        {
            await ExecuteAsync(db.Database.GetDbConnection(), transaction.GetDbTransaction(), sql, cancellationToken);
            return;
        }

        _pending.Add(sql);
        // A save of one row would otherwise run without a transaction, and these statements with none.
        db.Database.AutoTransactionBehavior = AutoTransactionBehavior.Always;
    }

    /// <summary>A save's transaction has started: the waiting statements run first.</summary>
    public async Task RunPendingAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        foreach (var sql in _pending)
        {
            await ExecuteAsync(connection, transaction, sql, cancellationToken);
        }
    }

    /// <summary>The save committed: the statements are done, and the context goes back to its usual behaviour.</summary>
    public void Committed(DbContext? context)
    {
        if (_pending.Count > 0)
        {
            _pending.Clear();
            if (context is not null)
            {
                context.Database.AutoTransactionBehavior = AutoTransactionBehavior.WhenNeeded;
            }
        }
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction transaction, FormattableString sql,
        CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        var names = new object[sql.ArgumentCount];
        for (var i = 0; i < sql.ArgumentCount; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = $"p{i}";
            parameter.Value = sql.GetArgument(i) ?? DBNull.Value;
            command.Parameters.Add(parameter);
            names[i] = $"@p{i}";
        }

        command.CommandText = string.Format(System.Globalization.CultureInfo.InvariantCulture, sql.Format, names);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
