namespace PageShare.Application.Search;

/// <summary>A ticker in search results; <see cref="PostsCount"/> counts live posts naming it.</summary>
public sealed record TickerSummaryDto(string Symbol, string? Name, int PostsCount);
