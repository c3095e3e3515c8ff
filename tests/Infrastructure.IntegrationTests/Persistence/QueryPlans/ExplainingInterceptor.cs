using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PageShare.Infrastructure.IntegrationTests.Persistence.QueryPlans;

/// <summary>
/// Runs <c>EXPLAIN</c> on every query a context sends, with the same text and parameters, before the query itself:
/// the tests explain exactly what production code sends, whichever way it builds its SQL (LINQ or raw).
/// </summary>
internal sealed class ExplainingInterceptor : DbCommandInterceptor
{
    private readonly List<QueryPlan> _plans = [];

    public IReadOnlyList<QueryPlan> Plans => _plans;

    public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        var sql = command.CommandText;
        command.CommandText = "EXPLAIN (FORMAT JSON) " + sql;
        try
        {
            _plans.Add(QueryPlan.Parse(sql, (string)(await command.ExecuteScalarAsync(cancellationToken))!));
        }
        finally
        {
            command.CommandText = sql;
        }

        return result;
    }
}
