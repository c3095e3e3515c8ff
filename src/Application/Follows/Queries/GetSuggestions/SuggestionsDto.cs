namespace PageShare.Application.Follows.Queries.GetSuggestions;

/// <summary><c>{items: [...]}</c>: suggestions are ranked, not paged.</summary>
public sealed record SuggestionsDto(IReadOnlyList<SuggestionDto> Items);
