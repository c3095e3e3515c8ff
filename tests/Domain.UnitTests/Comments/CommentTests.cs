using PageShare.Domain.Comments;
using PageShare.Domain.Common;

namespace PageShare.Domain.UnitTests.Comments;

public sealed class CommentTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 12, 0, 0, TimeSpan.Zero);
    private static readonly Guid PostId = Guid.NewGuid();
    private static readonly Guid PostAuthorId = Guid.NewGuid();

    [Fact]
    public void Create_TopLevel_TrimsContentAndHasNoParent()
    {
        var authorId = Guid.NewGuid();

        var comment = Comment.Create(PostId, authorId, "  nice call on $AAPL  ", null, Now);

        comment.Id.Should().NotBeEmpty();
        comment.PostId.Should().Be(PostId);
        comment.AuthorId.Should().Be(authorId);
        comment.ParentId.Should().BeNull();
        comment.Content.Should().Be("nice call on $AAPL");
        comment.CreatedAt.Should().Be(Now);
        comment.IsDeleted.Should().BeFalse();
    }

    [Fact]
    public void Create_ReplyToCommentOfSamePost_SetsParent()
    {
        var parent = Comment.Create(PostId, Guid.NewGuid(), "first", null, Now);

        var reply = Comment.Create(PostId, Guid.NewGuid(), "second", parent, Now);

        reply.ParentId.Should().Be(parent.Id);
    }

    [Fact]
    public void Create_ParentOfOtherPost_ThrowsOnParentId()
    {
        var parent = Comment.Create(Guid.NewGuid(), Guid.NewGuid(), "elsewhere", null, Now);

        var act = () => Comment.Create(PostId, Guid.NewGuid(), "reply", parent, Now);

        var error = act.Should().Throw<DomainException>().Which;
        error.Code.Should().Be("parent_on_other_post");
        error.Field.Should().Be("parent_id");
    }

    [Fact]
    public void Create_DeletedParent_ThrowsOnParentId()
    {
        var parent = Comment.Create(PostId, PostAuthorId, "gone", null, Now);
        parent.Delete(PostAuthorId, PostAuthorId, false, Now);

        var act = () => Comment.Create(PostId, Guid.NewGuid(), "reply", parent, Now);

        act.Should().Throw<DomainException>().Which.Code.Should().Be("parent_deleted");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Create_EmptyContent_ThrowsOnContent(string? content)
    {
        var act = () => Comment.Create(PostId, Guid.NewGuid(), content, null, Now);

        var error = act.Should().Throw<DomainException>().Which;
        error.Code.Should().Be("empty_content");
        error.Field.Should().Be("content");
    }

    [Fact]
    public void Create_1000Emoji_CountsUserPerceivedCharacters()
    {
        var content = string.Concat(Enumerable.Repeat("👨‍👩‍👧", 1000));

        var comment = Comment.Create(PostId, Guid.NewGuid(), content, null, Now);

        comment.Content.Should().Be(content);
    }

    [Fact]
    public void Create_1001Characters_Throws()
    {
        var act = () => Comment.Create(PostId, Guid.NewGuid(), new string('a', 1001), null, Now);

        act.Should().Throw<DomainException>().Which.Code.Should().Be("content_too_long");
    }

    [Fact]
    public void Delete_ByCommentAuthor_SetsDeletedAt()
    {
        var authorId = Guid.NewGuid();
        var comment = Comment.Create(PostId, authorId, "oops", null, Now);

        comment.Delete(authorId, PostAuthorId, actorIsAdmin: false, Now.AddMinutes(1));

        comment.DeletedAt.Should().Be(Now.AddMinutes(1));
        comment.IsDeleted.Should().BeTrue();
    }

    [Fact]
    public void Delete_ByPostAuthor_IsAllowed()
    {
        var comment = Comment.Create(PostId, Guid.NewGuid(), "spam", null, Now);

        comment.Delete(PostAuthorId, PostAuthorId, actorIsAdmin: false, Now);

        comment.IsDeleted.Should().BeTrue();
    }

    [Fact]
    public void Delete_ByAdmin_IsAllowed()
    {
        var comment = Comment.Create(PostId, Guid.NewGuid(), "rude", null, Now);

        comment.Delete(Guid.NewGuid(), PostAuthorId, actorIsAdmin: true, Now);

        comment.IsDeleted.Should().BeTrue();
    }

    [Fact]
    public void Delete_ByOtherUser_ThrowsNotPermitted()
    {
        var comment = Comment.Create(PostId, Guid.NewGuid(), "mine", null, Now);

        var act = () => comment.Delete(Guid.NewGuid(), PostAuthorId, actorIsAdmin: false, Now);

        act.Should().Throw<NotPermittedException>().Which.Code.Should().Be("not_comment_owner");
        comment.IsDeleted.Should().BeFalse();
    }

    [Fact]
    public void Delete_Twice_KeepsFirstTime()
    {
        var authorId = Guid.NewGuid();
        var comment = Comment.Create(PostId, authorId, "bye", null, Now);
        comment.Delete(authorId, PostAuthorId, false, Now);

        comment.Delete(authorId, PostAuthorId, false, Now.AddHours(1));

        comment.DeletedAt.Should().Be(Now);
    }
}
