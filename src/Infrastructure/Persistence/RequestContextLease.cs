using Microsoft.EntityFrameworkCore;
using PageShare.Infrastructure.Persistence.Events;

namespace PageShare.Infrastructure.Persistence;

/// <summary>
/// A scope's rent of a pooled <see cref="PageShareDbContext"/>, bound to the scope's event dispatcher and save work.
/// The scope resolves the context through this lease and disposes the lease last (it was created first), so the
/// context goes back to the pool exactly once, after everything else in the scope is done with it.
/// </summary>
internal sealed class RequestContextLease(
    IDbContextFactory<PageShareDbContext> factory, DomainEventDispatcher dispatcher, SaveTransactionWork saveWork) : IDisposable, IAsyncDisposable
{
    public PageShareDbContext Context { get; } = factory.CreateDbContext().ForRequest(dispatcher, saveWork);

    public void Dispose() => Context.Return();

    public ValueTask DisposeAsync() => Context.ReturnAsync();
}
