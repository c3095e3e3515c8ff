using PageShare.Domain.Common;

namespace PageShare.Application.Common.Events;

/// <summary>Reacts to a domain event inside the save that raised it, so its changes commit with their cause.</summary>
public interface IDomainEventHandler<in TEvent>
    where TEvent : IDomainEvent
{
    Task Handle(TEvent domainEvent, CancellationToken cancellationToken);
}
