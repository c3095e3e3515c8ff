using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PageShare.Infrastructure.Persistence.Events;

/// <summary>
/// Runs the request's <see cref="SaveTransactionWork"/> inside each save's transaction. One instance for all contexts
/// (options of a pooled context are built once): the per-request work is found on the context itself.
/// </summary>
internal sealed class SaveTransactionInterceptor : DbTransactionInterceptor
{
    public override async ValueTask<DbTransaction> TransactionStartedAsync(DbConnection connection, TransactionEndEventData eventData,
        DbTransaction result, CancellationToken cancellationToken = default)
    {
        if (WorkOf(eventData) is { } work)
        {
            await work.RunPendingAsync(connection, result, cancellationToken);
        }

        return result;
    }

    public override DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result) =>
        TransactionStartedAsync(connection, eventData, result).AsTask().GetAwaiter().GetResult();

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        TransactionCommitted(transaction, eventData);
        return Task.CompletedTask;
    }

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
        WorkOf(eventData)?.Committed(eventData.Context);

    private static SaveTransactionWork? WorkOf(TransactionEndEventData eventData) => (eventData.Context as PageShareDbContext)?.SaveWork;
}
