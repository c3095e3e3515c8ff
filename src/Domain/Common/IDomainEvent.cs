namespace PageShare.Domain.Common;

/// <summary>A fact raised by an aggregate, dispatched inside the same save.</summary>
public interface IDomainEvent;
