namespace PageShare.Application.Search;

/// <summary>The <c>type</c> of <c>GET /search</c>: one list, or all three.</summary>
public enum SearchType
{
    All,
    Users,
    Tickers,
    Posts,
}
