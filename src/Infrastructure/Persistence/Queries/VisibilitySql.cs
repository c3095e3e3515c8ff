namespace PageShare.Infrastructure.Persistence.Queries;

/// <summary>
/// ContentVisibility's rules as subqueries over <c>@viewer</c> (uuid, null when anonymous: both are then empty), for
/// <c>author_id NOT IN (...)</c>. Shared by the hand-written statements that need them (FeedKeysSql and PostRowsSql
/// keep their own copies: the benchmark floor compiles those files alone).
/// </summary>
internal static class VisibilitySql
{
    /// <summary>ContentVisibility.VisibleTo: users the viewer blocked and users who blocked the viewer.</summary>
    public const string BlockedEitherWay = """
        SELECT f.target_user_id FROM content_filters AS f WHERE f.user_id = @viewer AND f.kind = 'block'
        UNION ALL
        SELECT f.user_id FROM content_filters AS f WHERE f.target_user_id = @viewer AND f.kind = 'block'
        """;

    /// <summary>ContentVisibility.ListedFor: <see cref="BlockedEitherWay"/> and the users the viewer muted.</summary>
    public const string HiddenFromLists = """
        SELECT f.target_user_id FROM content_filters AS f WHERE f.user_id = @viewer
        UNION ALL
        SELECT f.user_id FROM content_filters AS f WHERE f.target_user_id = @viewer AND f.kind = 'block'
        """;
}
