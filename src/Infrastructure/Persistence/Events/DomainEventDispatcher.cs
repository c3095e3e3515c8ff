using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using PageShare.Application.Common.Events;
using PageShare.Domain.Common;

namespace PageShare.Infrastructure.Persistence.Events;

/// <summary>Runs the handlers of the tracked entities' events until none are new (a handler may raise more).</summary>
public sealed class DomainEventDispatcher(IServiceProvider services)
{
    private const int MaxRounds = 10;
    private static readonly ConcurrentDictionary<Type, Type> HandlerTypes = new();

    internal async Task DispatchAsync(PageShareDbContext context, CancellationToken cancellationToken)
    {
        for (var round = 0; round < MaxRounds; round++)
        {
            var events = context.TakeDomainEvents();
            if (events.Count == 0)
            {
                return;
            }

            foreach (var domainEvent in events)
            {
                var handlerType = HandlerTypes.GetOrAdd(domainEvent.GetType(),
                    static t => typeof(IDomainEventHandler<>).MakeGenericType(t));
                foreach (var handler in services.GetServices(handlerType))
                {
                    // The closed interface has exactly one Handle method; invoke it without dynamic.
                    var task = (Task)handlerType.GetMethod(nameof(IDomainEventHandler<IDomainEvent>.Handle))!
                        .Invoke(handler, [domainEvent, cancellationToken])!;
                    await task;
                }
            }
        }

        throw new InvalidOperationException($"Domain events were still being raised after {MaxRounds} rounds; check for a handler loop.");
    }
}
