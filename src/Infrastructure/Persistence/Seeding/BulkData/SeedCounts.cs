namespace PageShare.Infrastructure.Persistence.Seeding.BulkData;

/// <summary>
/// The counters, tallied during the dry run of every pass, so the real pass writes parents with their exact
/// counts already in place: the set-based recompute that follows then finds nothing to rewrite.
/// </summary>
internal sealed class SeedCounts(int users, int posts)
{
    public int[] Followers { get; } = new int[users];

    public int[] Following { get; } = new int[users];

    public int[] UserPosts { get; } = new int[users];

    public DateTime?[] LastActive { get; } = new DateTime?[users];

    public int[] Likes { get; } = new int[posts];

    public int[] Comments { get; } = new int[posts];

    public int[] Reposts { get; } = new int[posts];

    public int[] Quotes { get; } = new int[posts];

    public int[] Bookmarks { get; } = new int[posts];

    /// <summary>By comment, in generation order.</summary>
    public List<int> CommentLikes { get; } = [];

    public List<int> CommentReplies { get; } = [];

    /// <summary><see cref="PollRows.MaxOptions"/> slots per poll, in generation order.</summary>
    public List<int> OptionVotes { get; } = [];
}
