namespace PageShare.Infrastructure.Persistence.Queries;

/// <summary>
/// The statements behind <c>ReactionToggler</c>: <c>@viewer</c> the liker (uuid), <c>@type</c> <c>'post'</c> or
/// <c>'comment'</c>, <c>@target</c> the post or comment id (uuid).
/// </summary>
internal static class ReactionSql
{
    // Both checks: one row (deleted, blocked) when the target exists. Blocked: its author and the liker are on either
    // side of a block (ContentVisibility.EnsureNotBlockedAsync; no one can block themselves).

    /// <summary>The target post: existence, deletion, block.</summary>
    public const string PostTarget = $"""
        SELECT p.deleted_at IS NOT NULL, p.author_id IN ({VisibilitySql.BlockedEitherWay})
        FROM posts AS p
        WHERE p.id = @target
        """;

    /// <summary>The target comment: existence, deletion of the comment or its post, block.</summary>
    public const string CommentTarget = $"""
        SELECT c.deleted_at IS NOT NULL OR p.deleted_at IS NOT NULL, c.author_id IN ({VisibilitySql.BlockedEitherWay})
        FROM comments AS c
        JOIN posts AS p ON p.id = c.post_id
        WHERE c.id = @target
        """;

    /// <summary>A row when this statement added the like; none when it was there (or a concurrent one committed first).</summary>
    public const string Like = """
        INSERT INTO reactions (user_id, target_type, target_id) VALUES (@viewer, @type, @target)
        ON CONFLICT (user_id, target_type, target_id) DO NOTHING
        RETURNING 1
        """;

    public const string Unlike = "DELETE FROM reactions WHERE user_id = @viewer AND target_type = @type AND target_id = @target";

    /// <summary>The post's counter, kept by the reactions trigger.</summary>
    public const string PostLikes = "SELECT p.likes_count FROM posts AS p WHERE p.id = @target";

    /// <summary>The comment's counter, kept by the reactions trigger.</summary>
    public const string CommentLikes = "SELECT c.likes_count FROM comments AS c WHERE c.id = @target";
}
