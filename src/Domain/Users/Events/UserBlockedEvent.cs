using PageShare.Domain.Common;

namespace PageShare.Domain.Users.Events;

/// <summary>Raised when a user blocks another; its handler removes follows in both directions in the same save.</summary>
public sealed record UserBlockedEvent(Guid BlockerId, Guid BlockedId) : IDomainEvent;
