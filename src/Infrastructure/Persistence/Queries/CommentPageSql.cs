namespace PageShare.Infrastructure.Persistence.Queries;

/// <summary>
/// The statements behind <see cref="CommentPageReader"/>: the post, when the viewer may see it, joined to a page of its
/// comments. No row: the post is missing, deleted or behind a block; one row without a comment: none (more) to list.
/// </summary>
internal static class CommentPageSql
{
    // @post (uuid), @viewer (uuid, null when anonymous), @take (limit + 1). The post: ContentVisibility.VisibleTo (blocks
    // either way; a mute does not hide a post opened directly). Its comments: ContentVisibility.ListedFor (mutes too),
    // oldest first from ix_comments_post (post_id, created_at, id), cut at @take in a subquery of comments alone, so
    // that authors and likes are read for the page only: joined inside, the planner may join every comment after the
    // cursor of a viral post before sorting (~550 users read for a page of 21 at 1M posts). The subquery names @post,
    // not p.id: with the value the planner sees how many comments that post has. A left join: a visible post without
    // comments is one row with a null comment; a post not visible leaves no row at all.
    private const string Head = $"""
        SELECT {CommentRowsSql.Columns}
        FROM posts AS p
        LEFT JOIN (
            SELECT c.* FROM comments AS c
            WHERE c.post_id = @post AND c.deleted_at IS NULL
              AND c.author_id NOT IN ({VisibilitySql.HiddenFromLists})
        """;

    private const string Tail = $"""
            ORDER BY c.created_at, c.id
            LIMIT @take
        ) AS c ON TRUE
        LEFT JOIN users AS u ON u.id = c.author_id
        WHERE p.id = @post AND p.deleted_at IS NULL
          AND p.author_id NOT IN ({VisibilitySql.BlockedEitherWay})
        ORDER BY c.created_at, c.id
        """;

    /// <summary>The first page.</summary>
    public const string First = Head + "\n" + Tail;

    /// <summary>
    /// A later page: as <see cref="First"/>, after the cursor's <c>@at</c> (timestamptz) and <c>@id</c> (uuid). Two
    /// statements rather than "@at IS NULL OR ...", so that the row comparison is an index condition of each.
    /// </summary>
    public const string Next = Head + "\n      AND (c.created_at, c.id) > (@at, @id)\n" + Tail;
}
