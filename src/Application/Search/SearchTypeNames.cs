namespace PageShare.Application.Search;

/// <summary>Query-string spelling of <see cref="SearchType"/>: exactly the lower-case names, no numbers.</summary>
public static class SearchTypeNames
{
    private static readonly Dictionary<string, SearchType> Types = new(StringComparer.Ordinal)
    {
        ["all"] = SearchType.All,
        ["users"] = SearchType.Users,
        ["tickers"] = SearchType.Tickers,
        ["posts"] = SearchType.Posts,
    };

    public static IReadOnlyCollection<string> Names => Types.Keys;

    /// <summary>Null (absent) means <see cref="SearchType.All"/>.</summary>
    public static bool TryParse(string? text, out SearchType type)
    {
        if (text is null)
        {
            type = SearchType.All;
            return true;
        }

        return Types.TryGetValue(text, out type);
    }
}
