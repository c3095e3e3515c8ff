using PageShare.Infrastructure.Logging.Sentry;

namespace PageShare.Infrastructure.IntegrationTests.Logging;

public sealed class SentryDsnTests
{
    [Theory]
    [InlineData("https://abc123@o1.ingest.sentry.io/42", "https://o1.ingest.sentry.io/api/42/envelope/", "abc123", "42")]
    [InlineData("http://key@127.0.0.1:9000/7", "http://127.0.0.1:9000/api/7/envelope/", "key", "7")]
    [InlineData("https://key@sentry.example.com/sentry/path/5", "https://sentry.example.com/sentry/path/api/5/envelope/", "key", "5")]
    [InlineData("https://key@sentry.example.com:443/3", "https://sentry.example.com/api/3/envelope/", "key", "3")]
    [InlineData("https://key@sentry.example.com:8443/3/", "https://sentry.example.com:8443/api/3/envelope/", "key", "3")]
    public void Parse_ValidDsn_ResolvesEnvelopeEndpoint(string value, string endpoint, string key, string project)
    {
        var dsn = SentryDsn.Parse(value);

        dsn.EnvelopeUri.AbsoluteUri.Should().Be(endpoint);
        dsn.PublicKey.Should().Be(key);
        dsn.ProjectId.Should().Be(project);
        dsn.SecretKey.Should().BeNull();
    }

    [Fact]
    public void Parse_WithSecret_KeepsSecretOutOfHeaderValue()
    {
        var dsn = SentryDsn.Parse("https://public:private@sentry.example.com/9");

        dsn.PublicKey.Should().Be("public");
        dsn.SecretKey.Should().Be("private");
        dsn.HeaderValue.Should().Be("https://public@sentry.example.com/9");
        dsn.ToString().Should().NotContain("private");
        SentryTransport.AuthHeader(dsn).Should().Be(
            "Sentry sentry_version=7,sentry_client=pageshare.serilog-sentry/1.0.0,sentry_key=public,sentry_secret=private");
    }

    [Fact]
    public void AuthHeader_WithoutSecret_MatchesDotNetSdkFormat()
    {
        var header = SentryTransport.AuthHeader(SentryDsn.Parse("https://abc123@o1.ingest.sentry.io/42"));

        header.Should().Be("Sentry sentry_version=7,sentry_client=pageshare.serilog-sentry/1.0.0,sentry_key=abc123");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("not a dsn")]
    [InlineData("ftp://key@sentry.example.com/1")]
    [InlineData("https://sentry.example.com/1")]
    [InlineData("https://:secret@sentry.example.com/1")]
    [InlineData("https://key@sentry.example.com/")]
    [InlineData("https://key@sentry.example.com")]
    [InlineData("https://key@sentry.example.com/1?x=y")]
    [InlineData("/relative/1")]
    public void TryParse_InvalidDsn_ReturnsFalse(string value)
    {
        var parsed = SentryDsn.TryParse(value, out var dsn);

        parsed.Should().BeFalse();
        dsn.Should().BeNull();
        FluentActions.Invoking(() => SentryDsn.Parse(value)).Should().Throw<FormatException>();
    }
}
