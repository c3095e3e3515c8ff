using PageShare.Application.Users;

namespace PageShare.Application.Follows.Queries.GetSuggestions;

/// <summary>A user to follow, with the reason (<see cref="SuggestionReasons"/>) and its strength.</summary>
public sealed record SuggestionDto(UserSummaryDto User, string Reason, int Score);
