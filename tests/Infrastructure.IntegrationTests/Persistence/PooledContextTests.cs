using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PageShare.Infrastructure.Persistence;
using PageShare.Infrastructure.Persistence.Events;

namespace PageShare.Infrastructure.IntegrationTests.Persistence;

/// <summary>
/// The context is pooled and rented per request: what one request bound to it (event dispatcher, waiting save work,
/// the transaction behaviour that work asked for) must not reach the request that rents it next, and it must not be
/// handed to the next request while this one still holds it.
/// </summary>
public sealed class PooledContextTests
{
    [Fact]
    public async Task DisposeLease_ContextWithWaitingSaveWork_ReturnsToThePoolWithNothingOfTheRequest()
    {
        await using var services = PooledFactory();
        var factory = services.GetRequiredService<IDbContextFactory<PageShareDbContext>>();
        var lease = Rent(services);
        var first = lease.Context;
        await first.SaveWork!.RunInSaveAsync(first, $"select 1", CancellationToken.None);
        first.Database.AutoTransactionBehavior.Should().Be(AutoTransactionBehavior.Always);

        await lease.DisposeAsync();
        await using var next = factory.CreateDbContext();

        next.Should().BeSameAs(first, "the pool hands the same instance out again");
        next.SaveWork.Should().BeNull();
        next.Database.AutoTransactionBehavior.Should().Be(AutoTransactionBehavior.WhenNeeded);
    }

    [Fact]
    public async Task DisposeContext_WhileLeased_KeepsItOutOfThePool()
    {
        await using var services = PooledFactory();
        var factory = services.GetRequiredService<IDbContextFactory<PageShareDbContext>>();
        var lease = Rent(services);

        // What a request's scope does for each registration that resolved the context (PageShareDbContext, IReadDbContext).
        await lease.Context.DisposeAsync();
        lease.Context.Dispose();
        await using var other = factory.CreateDbContext();

        other.Should().NotBeSameAs(lease.Context, "the lease still holds it");
        lease.Context.SaveWork.Should().NotBeNull("the request's binding stays until the lease returns it");
        await lease.DisposeAsync();
        await using var next = factory.CreateDbContext();
        next.Should().BeSameAs(lease.Context, "the lease returned it");
    }

    private static ServiceProvider PooledFactory() => new ServiceCollection()
        .AddPooledDbContextFactory<PageShareDbContext>(options => options.UseNpgsql("Host=unset"), poolSize: 1)
        .BuildServiceProvider();

    private static RequestContextLease Rent(IServiceProvider services) => new(
        services.GetRequiredService<IDbContextFactory<PageShareDbContext>>(), new DomainEventDispatcher(services), new SaveTransactionWork());
}
