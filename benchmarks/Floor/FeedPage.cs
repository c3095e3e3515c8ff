namespace PageShare.Benchmarks.Floor;

/// <summary>Everything one feed page needs, loaded; <see cref="FeedJson"/> writes it.</summary>
internal sealed class FeedPage
{
    public List<Guid> Ids { get; } = [];

    public Dictionary<Guid, PostRow> Rows { get; } = [];

    public Dictionary<Guid, List<string>> Tickers { get; } = [];

    public Dictionary<Guid, List<MediaRow>> Media { get; } = [];

    public Dictionary<Guid, PollRow> Polls { get; } = [];

    public HashSet<Guid> Liked { get; } = [];

    public HashSet<Guid> Bookmarked { get; } = [];

    public HashSet<Guid> Reposted { get; } = [];

    public Dictionary<Guid, Guid> Votes { get; } = [];

    public string? NextCursor { get; set; }
}
