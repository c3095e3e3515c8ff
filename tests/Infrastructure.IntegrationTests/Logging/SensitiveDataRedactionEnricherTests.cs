using PageShare.Infrastructure.Logging;
using Serilog.Events;

namespace PageShare.Infrastructure.IntegrationTests.Logging;

public sealed class SensitiveDataRedactionEnricherTests
{
    private const string Jwt = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U";

    [Theory]
    [InlineData("Authorization")]
    [InlineData("access_token")]
    [InlineData("RefreshToken")]
    [InlineData("Password")]
    [InlineData("client_secret")]
    [InlineData("ApiKey")]
    [InlineData("api-key")]
    [InlineData("ip")]
    [InlineData("IpAddress")]
    [InlineData("ClientIp")]
    [InlineData("RemoteIpAddress")]
    [InlineData("X-Forwarded-For")]
    public void IsSensitiveName_CredentialOrAddress_ReturnsTrue(string name)
    {
        SensitiveData.IsSensitiveName(name).Should().BeTrue();
    }

    [Theory]
    [InlineData("UserId")]
    [InlineData("RequestId")]
    [InlineData("RoutePattern")]
    [InlineData("Description")]
    [InlineData("RecipientId")]
    [InlineData("Zip")]
    [InlineData("StatusCode")]
    public void IsSensitiveName_OrdinaryName_ReturnsFalse(string name)
    {
        SensitiveData.IsSensitiveName(name).Should().BeFalse();
    }

    [Fact]
    public void Enrich_SensitivePropertyNames_MasksValues()
    {
        var logEvent = Capture.One(log => log.Information("Call {Authorization} {ClientIp} {Password} {PostId}",
            "Basic dXNlcjpwYXNz", "203.0.113.9", "hunter2", 42));

        new SensitiveDataRedactionEnricher().Enrich(logEvent, null!);

        logEvent.Scalar("Authorization").Should().Be(SensitiveData.Mask);
        logEvent.Scalar("ClientIp").Should().Be(SensitiveData.Mask);
        logEvent.Scalar("Password").Should().Be(SensitiveData.Mask);
        logEvent.Scalar("PostId").Should().Be(42);
        logEvent.RenderMessage().Should().NotContain("203.0.113.9").And.NotContain("hunter2");
    }

    [Fact]
    public void Enrich_JwtOrBearerInsideAnyValue_MasksOnlyTheToken()
    {
        var logEvent = Capture.One(log => log.Information("Header was {Note} and {Other}",
            $"token {Jwt} at start", "Bearer abcdefghijklmnopqrstu"));

        new SensitiveDataRedactionEnricher().Enrich(logEvent, null!);

        logEvent.Scalar("Note").Should().Be("token [REDACTED] at start");
        logEvent.Scalar("Other").Should().Be("Bearer [REDACTED]");
    }

    [Fact]
    public void Enrich_DestructuredObject_MasksNestedSecrets()
    {
        var logEvent = Capture.One(log => log.Information("Login {@Request} {@Tags}",
            new { UserName = "ann", Password = "hunter2", Session = new { AccessToken = "abc" } },
            new[] { "ok", Jwt }));

        new SensitiveDataRedactionEnricher().Enrich(logEvent, null!);

        var rendered = logEvent.RenderMessage();
        rendered.Should().Contain("ann").And.NotContain("hunter2").And.NotContain("abc\"").And.NotContain(Jwt);
    }

    [Fact]
    public void Enrich_Dictionary_MasksSensitiveKeys()
    {
        var logEvent = Capture.One(log => log.Information("Headers {Headers}",
            new Dictionary<string, string> { ["Authorization"] = "Basic x", ["Accept"] = "application/json" }));

        new SensitiveDataRedactionEnricher().Enrich(logEvent, null!);

        var rendered = logEvent.RenderMessage();
        rendered.Should().Contain("application/json").And.NotContain("Basic x");
    }

    [Fact]
    public void Enrich_CleanEvent_LeavesPropertiesUntouched()
    {
        var logEvent = Capture.One(log => log.Information("Post {PostId} by {UserId}", 7, "u-1"));
        var before = logEvent.Properties.Values.ToList();

        new SensitiveDataRedactionEnricher().Enrich(logEvent, null!);

        logEvent.Properties.Values.Should().Equal(before, (a, b) => ReferenceEquals(a, b));
    }

    [Fact]
    public void Redact_ShortOrPlainString_ReturnsSameInstance()
    {
        var value = new ScalarValue("eyJ not a token");

        SensitiveDataRedactionEnricher.Redact(value).Should().BeSameAs(value);
    }
}
