using PageShare.Application.Common.Events;
using PageShare.Domain.Users.Events;

namespace PageShare.Application.ContentFilters.EventHandlers;

/// <summary>Blocking ends every follow between the two users, whoever followed whom.</summary>
internal sealed class RemoveFollowsWhenUserBlocked(IFollowGraph follows) : IDomainEventHandler<UserBlockedEvent>
{
    public Task Handle(UserBlockedEvent domainEvent, CancellationToken cancellationToken) =>
        follows.RemoveBothWaysAsync(domainEvent.BlockerId, domainEvent.BlockedId, cancellationToken);
}
