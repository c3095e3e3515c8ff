using PageShare.Domain.Common;
using PageShare.Domain.Media;
using PageShare.Domain.Posts;

namespace PageShare.Domain.UnitTests.Posts;

public sealed class PostTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 12, 0, 0, TimeSpan.Zero);
    private static readonly Guid Author = Guid.NewGuid();

    [Fact]
    public void Create_TextWithCashtags_ExtractsTickers()
    {
        var post = Post.Create(Author, " Buying $nvda and #AMD ", [], null, null, null, Sentiment.Bullish, Now);

        post.Content.Should().Be("Buying $nvda and #AMD");
        post.Tickers.Select(t => t.Symbol.Value).Should().Equal("NVDA", "AMD");
        post.Sentiment.Should().Be(Sentiment.Bullish);
    }

    [Fact]
    public void Create_EmptyTextWithoutAttachment_Throws() =>
        FluentActions.Invoking(() => Post.Create(Author, "  ", [], null, null, null, null, Now))
            .Should().Throw<DomainException>().Which.Field.Should().Be("content");

    [Fact]
    public void Create_EmptyTextWithQuote_IsAllowed()
    {
        var quoted = Post.Create(Guid.NewGuid(), "original", [], null, null, null, null, Now);

        var post = Post.Create(Author, "", [], null, null, quoted, null, Now);

        post.QuotedPostId.Should().Be(quoted.Id);
    }

    [Fact]
    public void Create_QuoteOfDeletedPost_Throws()
    {
        var quoted = Post.Create(Author, "original", [], null, null, null, null, Now);
        quoted.Delete(Author, false, Now);

        FluentActions.Invoking(() => Post.Create(Author, "x", [], null, null, quoted, null, Now))
            .Should().Throw<DomainException>().Which.Code.Should().Be("quoted_post_deleted");
    }

    [Fact]
    public void Create_1000EmojiCountAsCharacters_IsAllowedBut1001Throws()
    {
        var ok = string.Concat(Enumerable.Repeat("🚀", 1000));

        Post.Create(Author, ok, [], null, null, null, null, Now).Content.Should().Be(ok);
        FluentActions.Invoking(() => Post.Create(Author, ok + "🚀", [], null, null, null, null, Now)).Should().Throw<DomainException>();
    }

    [Fact]
    public void Create_PollAndMedia_Throws()
    {
        var media = MediaItem.Record(Author, "post-media", "a/b.png", "https://x/a/b.png", "image/png", 10, 10, 100, Now);

        FluentActions.Invoking(() => Post.Create(Author, "x", [media], null, new PollDraft(["a", "b"], 24), null, null, Now))
            .Should().Throw<DomainException>().Which.Code.Should().Be("poll_with_media");
    }

    [Fact]
    public void Create_MediaOfAnotherUser_Throws()
    {
        var media = MediaItem.Record(Guid.NewGuid(), "post-media", "a/b.png", "https://x/a/b.png", "image/png", 10, 10, 100, Now);

        FluentActions.Invoking(() => Post.Create(Author, "x", [media], null, null, null, null, Now))
            .Should().Throw<DomainException>().Which.Code.Should().Be("media_not_owned");
    }

    [Fact]
    public void Create_MediaAttachedTwice_Throws()
    {
        var media = MediaItem.Record(Author, "post-media", "a/b.png", "https://x/a/b.png", "image/png", 10, 10, 100, Now);
        Post.Create(Author, "first", [media], null, null, null, null, Now);

        FluentActions.Invoking(() => Post.Create(Author, "second", [media], null, null, null, null, Now))
            .Should().Throw<DomainException>().Which.Code.Should().Be("media_already_attached");
    }

    [Fact]
    public void Create_MediaInOrder_AttachesWithPositions()
    {
        var media = Enumerable.Range(0, 3)
            .Select(i => MediaItem.Record(Author, "post-media", $"a/{i}.png", $"https://x/a/{i}.png", "image/png", 10, 10, 100, Now)).ToList();

        var post = Post.Create(Author, "", media, null, null, null, null, Now);

        post.Media.Select(m => m.Position).Should().Equal(0, 1, 2);
        post.Media.Should().OnlyContain(m => m.PostId == post.Id);
    }

    [Fact]
    public void Delete_ByStranger_ThrowsNotPermitted()
    {
        var post = Post.Create(Author, "mine", [], null, null, null, null, Now);

        FluentActions.Invoking(() => post.Delete(Guid.NewGuid(), false, Now)).Should().Throw<NotPermittedException>();
    }

    [Fact]
    public void Delete_ByAdminTwice_KeepsFirstTime()
    {
        var post = Post.Create(Author, "mine", [], null, null, null, null, Now);

        post.Delete(Guid.NewGuid(), true, Now);
        post.Delete(Author, false, Now.AddHours(1));

        post.DeletedAt.Should().Be(Now);
    }

    [Theory]
    [InlineData("https://media.giphy.com/media/x/giphy.gif", true)]
    [InlineData("http://media.giphy.com/media/x/giphy.gif", false)]
    [InlineData("https://evil.example/x.gif", false)]
    [InlineData("https://user:pw@media.giphy.com/x.gif", false)]
    [InlineData("https://media.giphy.com:8443/x.gif", false)]
    [InlineData("not a url", false)]
    public void GifUrl_OnlyHttpsOnAllowedHosts(string raw, bool valid) =>
        GifUrl.TryCreate(raw, ["media.giphy.com"], out _).Should().Be(valid);
}
