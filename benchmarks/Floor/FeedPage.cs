namespace PageShare.Benchmarks.Floor;

/// <summary>Everything one feed page needs, loaded; <see cref="FeedJson"/> writes it.</summary>
internal sealed class FeedPage
{
    public List<Guid> Ids { get; } = [];

    /// <summary>The page's posts and the posts they quote.</summary>
    public Dictionary<Guid, PostRow> Rows { get; } = [];

    public string? NextCursor { get; set; }
}
