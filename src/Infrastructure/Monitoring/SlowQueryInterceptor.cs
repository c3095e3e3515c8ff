using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PageShare.Infrastructure.Monitoring;

/// <summary>Feeds every EF Core command's duration to the <see cref="SlowQueryLog"/> (which keeps the slow ones).</summary>
internal sealed class SlowQueryInterceptor(SlowQueryLog log) : DbCommandInterceptor
{
    public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result)
    {
        log.Record(command.CommandText, eventData.Duration);
        return result;
    }

    public override ValueTask<DbDataReader> ReaderExecutedAsync(
        DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        log.Record(command.CommandText, eventData.Duration);
        return ValueTask.FromResult(result);
    }

    public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        log.Record(command.CommandText, eventData.Duration);
        return result;
    }

    public override ValueTask<int> NonQueryExecutedAsync(
        DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        log.Record(command.CommandText, eventData.Duration);
        return ValueTask.FromResult(result);
    }

    public override object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result)
    {
        log.Record(command.CommandText, eventData.Duration);
        return result;
    }

    public override ValueTask<object?> ScalarExecutedAsync(
        DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default)
    {
        log.Record(command.CommandText, eventData.Duration);
        return ValueTask.FromResult(result);
    }
}
