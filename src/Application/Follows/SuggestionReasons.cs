namespace PageShare.Application.Follows;

/// <summary>Why a user is suggested, in rank order: the first reason that applies wins.</summary>
public static class SuggestionReasons
{
    public const string FollowedByPeopleYouFollow = "followed_by_people_you_follow";
    public const string SharedTickers = "shared_tickers";
    public const string SharedInterests = "shared_interests";
    public const string Popular = "popular";
}
