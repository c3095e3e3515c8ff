namespace PageShare.Domain.Common;

/// <summary>Marks the entities that repositories load and save as a whole.</summary>
public interface IAggregateRoot;
