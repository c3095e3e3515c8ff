namespace PageShare.Infrastructure.Persistence.Queries;

/// <summary>The statement behind <see cref="CommentRowReader"/>.</summary>
internal static class CommentRowsSql
{
    /// <summary>
    /// <c>@ids</c> the comment ids (uuid[]), <c>@viewer</c> the viewer (uuid, null when anonymous: no user hidden, no
    /// like). ContentVisibility.VisibleTo in SQL: blocks either way hide a comment read by id.
    /// </summary>
    public const string Text = """
        SELECT c.id, c.post_id, c.parent_id, c.content, c.created_at,
               u.id, u.username, u.display_name, u.profile_picture_url, u.is_verified,
               c.likes_count, c.replies_count,
               EXISTS (SELECT 1 FROM reactions AS r
                       WHERE r.user_id = @viewer AND r.target_type = 'comment' AND r.target_id = c.id)
        FROM comments AS c
        JOIN users AS u ON u.id = c.author_id
        WHERE c.id = ANY (@ids) AND c.deleted_at IS NULL
          AND c.author_id NOT IN (
              SELECT f.target_user_id FROM content_filters AS f WHERE f.user_id = @viewer AND f.kind = 'block'
              UNION ALL
              SELECT f.user_id FROM content_filters AS f WHERE f.target_user_id = @viewer AND f.kind = 'block')
        """;
}
