using PageShare.Domain.Common;
using PageShare.Domain.Posts;

namespace PageShare.Domain.UnitTests.Posts;

public sealed class PollTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 12, 0, 0, TimeSpan.Zero);

    private static Poll NewPoll(params string[] options) =>
        Post.Create(Guid.NewGuid(), "poll", [], null, new PollDraft(options, 24), null, null, Now).Poll!;

    [Fact]
    public void Create_TwoOptions_EndsAfterDuration()
    {
        var poll = NewPoll("Up", "Down");

        poll.Options.Select(o => o.Text).Should().Equal("Up", "Down");
        poll.EndsAt.Should().Be(Now.AddHours(24));
    }

    [Theory]
    [InlineData(new[] { "only" }, "invalid_poll_options")]
    [InlineData(new[] { "a", "b", "c", "d", "e" }, "invalid_poll_options")]
    [InlineData(new[] { "same", "SAME" }, "duplicate_poll_option")]
    [InlineData(new[] { "ok", "" }, "invalid_poll_option")]
    [InlineData(new[] { "ok", "this option is far too long to fit" }, "invalid_poll_option")]
    public void Create_BadOptions_Throws(string[] options, string code) =>
        FluentActions.Invoking(() => NewPoll(options)).Should().Throw<DomainException>().Which.Code.Should().Be(code);

    [Theory]
    [InlineData(23)]
    [InlineData(169)]
    public void Create_DurationOutOfRange_Throws(int hours) =>
        FluentActions.Invoking(() => Post.Create(Guid.NewGuid(), "p", [], null, new PollDraft(["a", "b"], hours), null, null, Now))
            .Should().Throw<DomainException>().Which.Field.Should().Be("poll.duration_hours");

    [Fact]
    public void EnsureCanVote_AfterEnd_ThrowsPollClosed()
    {
        var poll = NewPoll("a", "b");

        FluentActions.Invoking(() => poll.EnsureCanVote(poll.Options.First().Id, Now.AddHours(24)))
            .Should().Throw<BusinessRuleException>().Which.Code.Should().Be("poll_closed");
    }

    [Fact]
    public void EnsureCanVote_ForeignOption_Throws() =>
        FluentActions.Invoking(() => NewPoll("a", "b").EnsureCanVote(Guid.NewGuid(), Now))
            .Should().Throw<DomainException>().Which.Field.Should().Be("option_id");
}
