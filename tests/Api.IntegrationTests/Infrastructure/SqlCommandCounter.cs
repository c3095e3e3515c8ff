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
    private readonly ActivityListener _npgsql;
    private readonly List<IDisposable> _subscriptions = [];
    private int _count;
    private int _compilations;
    private int _connectionOpens;
    private int _statements;

    private readonly string _database;

    public SqlCommandCounter(string connectionString)
    {
        _database = new Npgsql.NpgsqlConnectionStringBuilder(connectionString).Database!;
        _allListeners = DiagnosticListener.AllListeners.Subscribe(this);
        // Npgsql traces every command it sends, through EF or not (the hot reads bypass EF).
        _npgsql = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Npgsql",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStopped = activity =>
            {
                if (IsCommandOf(activity, _database))
                {
                    Interlocked.Increment(ref _statements);
                }
            },
        };
        ActivitySource.AddActivityListener(_npgsql);
    }

    /// <summary>Commands EF Core executed.</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary>Statements sent to this database by any code of the process (Npgsql's own trace).</summary>
    public int Statements => Volatile.Read(ref _statements);

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
        Interlocked.Exchange(ref _statements, 0);
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    public void Dispose()
    {
        _npgsql.Dispose();
        _allListeners.Dispose();
        lock (_subscriptions)
        {
            _subscriptions.ForEach(s => s.Dispose());
        }
    }

    // A command's activity carries its text and the database (tag names of OpenTelemetry's conventions, old and new).
    private static bool IsCommandOf(System.Diagnostics.Activity activity, string database) =>
        (activity.GetTagItem("db.query.text") ?? activity.GetTagItem("db.statement")) is not null
        && (string?)(activity.GetTagItem("db.namespace") ?? activity.GetTagItem("db.name")) == database;
}
