using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PageShare.Infrastructure.Persistence;
using PageShare.Infrastructure.Persistence.Events;

namespace PageShare.Infrastructure.IntegrationTests.Persistence;

/// <summary>
/// The context is pooled and rented per request: what one request bound to it (event dispatcher, waiting save work,
/// the transaction behaviour that work asked for) must not reach the request that rents it next.
/// </summary>
public sealed class PooledContextTests
{
    [Fact]
    public async Task Dispose_ContextWithWaitingSaveWork_ReturnsToThePoolWithNothingOfTheRequest()
    {
        await using var services = new ServiceCollection()
            .AddPooledDbContextFactory<PageShareDbContext>(options => options.UseNpgsql("Host=unset"), poolSize: 1)
            .BuildServiceProvider();
        var factory = services.GetRequiredService<IDbContextFactory<PageShareDbContext>>();
        var first = factory.CreateDbContext().ForRequest(new DomainEventDispatcher(services), new SaveTransactionWork());
        await first.SaveWork!.RunInSaveAsync(first, $"select 1", CancellationToken.None);
        first.Database.AutoTransactionBehavior.Should().Be(AutoTransactionBehavior.Always);

        await first.DisposeAsync();
        await using var next = factory.CreateDbContext();

        next.Should().BeSameAs(first, "the pool hands the same instance out again");
        next.SaveWork.Should().BeNull();
        next.Database.AutoTransactionBehavior.Should().Be(AutoTransactionBehavior.WhenNeeded);
    }
}
