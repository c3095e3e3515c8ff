using PageShare.Application.Errors;

namespace PageShare.Application.UnitTests.Errors;

public sealed class ErrorFingerprintTests
{
    private const string ChromeStack = """
        TypeError: Cannot read properties of undefined (reading 'id')
            at renderPost (https://app.example/_next/static/chunks/post.js:12:34)
            at renderFeed (https://app.example/_next/static/chunks/feed.js:5:6)
        """;

    [Fact]
    public void TopFrame_V8Stack_SkipsTheMessageLine() =>
        ErrorFingerprint.TopFrame(ChromeStack).Should().Be("at renderPost (https://app.example/_next/static/chunks/post.js:12:34)");

    [Fact]
    public void TopFrame_FirefoxStack_TakesTheFirstFrame() =>
        ErrorFingerprint.TopFrame("renderPost@https://app.example/post.js:12:34\nrenderFeed@https://app.example/feed.js:5:6")
            .Should().Be("renderPost@https://app.example/post.js:12:34");

    [Fact]
    public void TopFrame_NoFrames_IsNull() => ErrorFingerprint.TopFrame("just a message").Should().BeNull();

    [Fact]
    public void For_DifferentCallersOfTheSameFailure_AreOneGroup()
    {
        var otherCaller = ChromeStack.Replace("renderFeed", "renderProfile", StringComparison.Ordinal);

        ErrorFingerprint.For(null, "boom", ChromeStack).Should().Be(ErrorFingerprint.For(null, " boom ", otherCaller));
    }

    [Fact]
    public void For_OtherMessageTopFrameOrType_AreOtherGroups()
    {
        var fingerprint = ErrorFingerprint.For(null, "boom", ChromeStack);

        ErrorFingerprint.For(null, "bang", ChromeStack).Should().NotBe(fingerprint);
        ErrorFingerprint.For(null, "boom", ChromeStack.Replace("renderPost", "renderPoll", StringComparison.Ordinal)).Should().NotBe(fingerprint);
        ErrorFingerprint.For("System.InvalidOperationException", "boom", ChromeStack).Should().NotBe(fingerprint);
        fingerprint.Should().MatchRegex("^[0-9a-f]{64}$");
    }
}
