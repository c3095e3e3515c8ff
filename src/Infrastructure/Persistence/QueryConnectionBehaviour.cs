using Microsoft.EntityFrameworkCore;
using PageShare.Application.Common.Messaging;

namespace PageShare.Infrastructure.Persistence;

/// <summary>
/// A query (an <c>XxxQuery</c> request) runs on one database connection, opened before its handler and closed after
/// it. Left to itself EF opens and closes the connection around each statement: a feed page rented a pooled
/// connection ten times and PostgreSQL ran <c>DISCARD ALL</c> before each of its ten statements (issue 7).
/// Commands keep EF's default: they mostly run one save, in a transaction of its own.
/// </summary>
internal sealed class QueryConnectionBehaviour<TRequest, TResponse>(PageShareDbContext db) : IPipelineBehavior<TRequest, TResponse>
    where TRequest : notnull
{
    private static readonly bool IsQuery = typeof(TRequest).Name.EndsWith("Query", StringComparison.Ordinal);

    public async Task<TResponse> Handle(TRequest request, RequestHandlerDelegate<TResponse> next, CancellationToken cancellationToken)
    {
        // Already open: a query sent from inside another request's handler shares its caller's connection.
        if (!IsQuery || db.Database.GetDbConnection().State != System.Data.ConnectionState.Closed)
        {
            return await next(cancellationToken);
        }

        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            return await next(cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
