namespace PageShare.Application.Search;

/// <summary>
/// The oldest post of the window a post search ranks (the newest matches when the search began, ordered by
/// (created_at, id)). Later pages rank the matches from this post on, so the window does not slide while new posts
/// arrive: a match that was in it stays in it until the list ends.
/// </summary>
public readonly record struct SearchWindowFloor(DateTimeOffset At, Guid Id);
