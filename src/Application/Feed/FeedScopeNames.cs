namespace PageShare.Application.Feed;

/// <summary>Query-string spelling of <see cref="FeedScope"/>: exactly the lower-case names, no numbers.</summary>
public static class FeedScopeNames
{
    private static readonly Dictionary<string, FeedScope> Scopes = new(StringComparer.Ordinal)
    {
        ["all"] = FeedScope.All,
        ["following"] = FeedScope.Following,
    };

    public static IReadOnlyCollection<string> Names => Scopes.Keys;

    /// <summary>Null (absent) means <see cref="FeedScope.All"/>.</summary>
    public static bool TryParse(string? text, out FeedScope scope)
    {
        if (text is null)
        {
            scope = FeedScope.All;
            return true;
        }

        return Scopes.TryGetValue(text, out scope);
    }
}
