namespace PageShare.Application.Follows;

/// <summary>
/// One ranked candidate: its <see cref="SuggestionReasons">reason</see> and the strength of it (people you follow who
/// follow them, tickers or interests in common, or followers for <c>popular</c>).
/// </summary>
public sealed record SuggestedUser(Guid UserId, string Reason, int Score);
