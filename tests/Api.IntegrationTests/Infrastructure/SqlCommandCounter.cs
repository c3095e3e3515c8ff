using System.Diagnostics;

namespace PageShare.Api.IntegrationTests.Infrastructure;

/// <summary>
/// Counts the SQL commands EF Core executes against one database while it is alive (EF's diagnostic events are
/// process-wide, and other test hosts run in parallel against their own databases).
/// </summary>
public sealed class SqlCommandCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly IDisposable _allListeners;
    private readonly List<IDisposable> _subscriptions = [];
    private int _count;

    private readonly string _database;

    public SqlCommandCounter(string connectionString)
    {
        _database = new Npgsql.NpgsqlConnectionStringBuilder(connectionString).Database!;
        _allListeners = DiagnosticListener.AllListeners.Subscribe(this);
    }

    public int Count => Volatile.Read(ref _count);

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
    }

    public void Reset() => Interlocked.Exchange(ref _count, 0);

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
