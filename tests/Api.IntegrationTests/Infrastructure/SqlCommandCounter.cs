using System.Diagnostics;
using Microsoft.EntityFrameworkCore;

namespace PageShare.Api.IntegrationTests.Infrastructure;

/// <summary>
/// Counts the SQL commands EF Core executes against one database while it is alive (EF's diagnostic events are
/// process-wide, and other test hosts run in parallel against their own databases), and the LINQ queries it compiles
/// for that database's contexts (a compilation is a miss in EF's query cache: a few milliseconds of CPU each).
/// </summary>
public sealed class SqlCommandCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly IDisposable _allListeners;
    private readonly List<IDisposable> _subscriptions = [];
    private int _count;
    private int _compilations;
    private int _connectionOpens;

    private readonly string _database;

    public SqlCommandCounter(string connectionString)
    {
        _database = new Npgsql.NpgsqlConnectionStringBuilder(connectionString).Database!;
        _allListeners = DiagnosticListener.AllListeners.Subscribe(this);
    }

    public int Count => Volatile.Read(ref _count);

    public int Compilations => Volatile.Read(ref _compilations);

    /// <summary>How many times EF opened a connection to this database (each one a rent from the pool, and a reset).</summary>
    public int ConnectionOpens => Volatile.Read(ref _connectionOpens);

    public void OnNext(DiagnosticListener value)
    {
        if (value.Name == "Microsoft.EntityFrameworkCore")
        {
            lock (_subscriptions)
            {
                _subscriptions.Add(value.Subscribe(this));
            }
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Key == "Microsoft.EntityFrameworkCore.Database.Command.CommandExecuting"
            && value.Value is Microsoft.EntityFrameworkCore.Diagnostics.CommandEventData data
            && data.Command.Connection?.Database == _database)
        {
            Interlocked.Increment(ref _count);
        }
        else if (value.Key == "Microsoft.EntityFrameworkCore.Database.Connection.ConnectionOpening"
            && value.Value is Microsoft.EntityFrameworkCore.Diagnostics.ConnectionEventData connection
            && connection.Connection.Database == _database)
        {
            Interlocked.Increment(ref _connectionOpens);
        }
        else if (value.Key == "Microsoft.EntityFrameworkCore.Query.QueryCompilationStarting"
            && value.Value is Microsoft.EntityFrameworkCore.Diagnostics.DbContextEventData { Context: { } context }
            && new Npgsql.NpgsqlConnectionStringBuilder(context.Database.GetConnectionString()).Database == _database)
        {
            Interlocked.Increment(ref _compilations);
        }
    }

    public void Reset()
    {
        Interlocked.Exchange(ref _count, 0);
        Interlocked.Exchange(ref _compilations, 0);
        Interlocked.Exchange(ref _connectionOpens, 0);
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    public void Dispose()
    {
        _allListeners.Dispose();
        lock (_subscriptions)
        {
            _subscriptions.ForEach(s => s.Dispose());
        }
    }
}
