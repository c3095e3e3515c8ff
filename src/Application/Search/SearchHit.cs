namespace PageShare.Application.Search;

/// <summary>One search result and its position in the ranking, from which the next page starts.</summary>
public sealed record SearchHit<T>(T Item, SearchCursor Position);
