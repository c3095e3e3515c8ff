namespace PageShare.Infrastructure.Persistence.Queries;

/// <summary>The statement behind <see cref="CommentRowReader"/>, and the columns every comment statement returns.</summary>
internal static class CommentRowsSql
{
    /// <summary>
    /// A comment as <see cref="CommentRowReader.ToComment"/> reads it, by position, from <c>comments AS c</c> joined to
    /// its author <c>users AS u</c>, with <c>@viewer</c>'s like (false when anonymous).
    /// </summary>
    public const string Columns = """
        c.id, c.post_id, c.parent_id, c.content, c.created_at,
        u.id, u.username, u.display_name, u.profile_picture_url, u.is_verified,
        c.likes_count, c.replies_count,
        EXISTS (SELECT 1 FROM reactions AS r
                WHERE r.user_id = @viewer AND r.target_type = 'comment' AND r.target_id = c.id)
        """;

    /// <summary>
    /// <c>@ids</c> the comment ids (uuid[]), <c>@viewer</c> the viewer (uuid, null when anonymous: no user hidden, no
    /// like). ContentVisibility.VisibleTo in SQL: blocks either way hide a comment read by id.
    /// </summary>
    public const string Text = $"""
        SELECT {Columns}
        FROM comments AS c
        JOIN users AS u ON u.id = c.author_id
        WHERE c.id = ANY (@ids) AND c.deleted_at IS NULL
          AND c.author_id NOT IN ({VisibilitySql.BlockedEitherWay})
        """;
}
