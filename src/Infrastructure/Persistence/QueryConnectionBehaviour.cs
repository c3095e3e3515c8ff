using Microsoft.EntityFrameworkCore;
using PageShare.Application.Common.Messaging;
using PageShare.Application.Common.Persistence;

namespace PageShare.Infrastructure.Persistence;

/// <summary>
/// An <see cref="IMultiStatementQuery"/> runs on one database connection, opened before its handler and closed after
/// it. Left to itself EF opens and closes the connection around each statement: a feed page rented a pooled
/// connection ten times and PostgreSQL ran <c>DISCARD ALL</c> before each of its ten statements (issue 7).
/// Opt-in, because the connection is held for the whole handler: a query that calls out (geolocation, storage) or
/// probes the database its own way (readiness) must not hold one.
/// </summary>
internal sealed class QueryConnectionBehaviour<TRequest, TResponse>(PageShareDbContext db) : IPipelineBehavior<TRequest, TResponse>
    where TRequest : notnull
{
    public async Task<TResponse> Handle(TRequest request, RequestHandlerDelegate<TResponse> next, CancellationToken cancellationToken)
    {
        // Already open: a query sent from inside another request's handler shares its caller's connection.
        if (request is not IMultiStatementQuery || db.Database.GetDbConnection().State != System.Data.ConnectionState.Closed)
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
