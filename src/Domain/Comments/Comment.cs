using PageShare.Domain.Common;
using PageShare.Domain.Posts;

namespace PageShare.Domain.Comments;

/// <summary>
/// A comment on a post, or a reply to another comment of the same post. Its likes and replies are counted
/// by the database; soft delete hides it from lists and counts.
/// </summary>
public sealed class Comment : Entity, IAggregateRoot
{
    private Comment()
    {
        Content = null!;
    }

    public Guid PostId { get; private set; }

    public Guid AuthorId { get; private set; }

    public Guid? ParentId { get; private set; }

    public string Content { get; private set; }

    public int LikesCount { get; private set; }

    public int RepliesCount { get; private set; }

    public DateTimeOffset? DeletedAt { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public bool IsDeleted => DeletedAt is not null;

    /// <summary>
    /// Text of 1..1000 user-perceived characters. A <paramref name="parent"/> must be a live comment of the same
    /// post: the database's (post_id, parent_id) key refuses the other case too, this names the field.
    /// </summary>
    public static Comment Create(Guid postId, Guid authorId, string? content, Comment? parent, DateTimeOffset now)
    {
        if (parent is not null && parent.PostId != postId)
        {
            throw new DomainException("parent_on_other_post", "must be a comment of the same post.", "parent_id");
        }

        if (parent is { IsDeleted: true })
        {
            throw new DomainException("parent_deleted", "the comment being replied to was deleted.", "parent_id");
        }

        return new Comment
        {
            Id = Guid.NewGuid(),
            PostId = postId,
            AuthorId = authorId,
            ParentId = parent?.Id,
            Content = PostContent.Normalise(content, mayBeEmpty: false),
            CreatedAt = now,
            UpdatedAt = now,
        };
    }

    /// <summary>Soft delete by the comment's author, the post's author or an admin; deleting twice is harmless.</summary>
    public void Delete(Guid actorId, Guid postAuthorId, bool actorIsAdmin, DateTimeOffset now)
    {
        if (actorId != AuthorId && actorId != postAuthorId && !actorIsAdmin)
        {
            throw new NotPermittedException("not_comment_owner", "Only the comment's author, the post's author or an admin can delete this comment.");
        }

        DeletedAt ??= now;
    }
}
