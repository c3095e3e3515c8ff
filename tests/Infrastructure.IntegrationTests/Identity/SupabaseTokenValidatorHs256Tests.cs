using System.Security.Cryptography;
using System.Text;
using PageShare.Infrastructure.Identity;
using PageShare.TestSupport.Auth;

namespace PageShare.Infrastructure.IntegrationTests.Identity;

/// <summary>A project on the legacy JWT secret: HS256 only, no issuer configured unless a test says so.</summary>
public sealed class SupabaseTokenValidatorHs256Tests : IDisposable
{
    private const string Issuer = "https://abcdefghijklmnopqrst.supabase.co/auth/v1";

    private readonly ValidatorHost _host = new(new SupabaseAuthOptions { JwtSecret = TestTokens.Secret });
    private readonly Guid _userId = Guid.NewGuid();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task ValidateAsync_ValidHs256Token_ReturnsPrincipalWithSupabaseClaims()
    {
        var token = TestTokens.Hs256(TestTokens.Secret, _userId, "ann@example.com");

        var outcome = await _host.ValidateAsync(token);

        outcome.Succeeded.Should().BeTrue();
        outcome.Principal!.Identity!.IsAuthenticated.Should().BeTrue();
        outcome.Principal.Identity.AuthenticationType.Should().Be(SupabaseAuthenticationDefaults.Scheme);
        outcome.Claim(SupabaseClaimTypes.Subject).Should().Be(_userId.ToString());
        outcome.Claim(SupabaseClaimTypes.Email).Should().Be("ann@example.com");
        outcome.Claim(SupabaseClaimTypes.IsAnonymous).Should().Be("false");
        outcome.Claim(SupabaseClaimTypes.AppRole).Should().BeNull();
        outcome.Claim(SupabaseClaimTypes.SessionId).Should().NotBeNullOrEmpty();
        long.Parse(outcome.Claim(SupabaseClaimTypes.Expires)!, System.Globalization.CultureInfo.InvariantCulture)
            .Should().BeCloseTo(DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds(), 60);
    }

    [Fact]
    public async Task ValidateAsync_Hs256TokenWithKid_IsVerifiedWithTheSecret()
    {
        var token = TestTokens.Hs256(TestTokens.Secret, _userId, kid: "legacy-secret-kid");

        var outcome = await _host.ValidateAsync(token);

        outcome.Succeeded.Should().BeTrue();
    }

    [Fact]
    public async Task ValidateAsync_WrongSecret_FailsWithInvalidSignature()
    {
        var token = TestTokens.Hs256(TestTokens.WrongSecret, _userId);

        var outcome = await _host.ValidateAsync(token);

        outcome.ShouldFailWith(TokenFailureReason.InvalidSignature);
    }

    [Fact]
    public async Task ValidateAsync_TamperedPayload_FailsWithInvalidSignature()
    {
        var parts = TestTokens.Hs256(TestTokens.Secret, _userId).Split('.');
        var otherPayload = TestTokens.Hs256(TestTokens.Secret, Guid.NewGuid()).Split('.')[1];

        var outcome = await _host.ValidateAsync($"{parts[0]}.{otherPayload}.{parts[2]}");

        outcome.ShouldFailWith(TokenFailureReason.InvalidSignature);
    }

    [Fact]
    public async Task ValidateAsync_Expired_FailsWithExpired()
    {
        var outcome = await _host.ValidateAsync(TestTokens.Expired(TestTokens.Secret, _userId));

        outcome.ShouldFailWith(TokenFailureReason.Expired);
        outcome.FailureMessage.Should().Be("The access token has expired.");
    }

    [Fact]
    public async Task ValidateAsync_ExpiredWithinClockSkew_Succeeds()
    {
        var outcome = await _host.ValidateAsync(TestTokens.ExpiredWithinSkew(TestTokens.Secret, _userId));

        outcome.Succeeded.Should().BeTrue();
    }

    [Fact]
    public async Task ValidateAsync_ExpiredJustBeyondClockSkew_FailsWithExpired()
    {
        var token = TestTokens.Expired(TestTokens.Secret, _userId, expiredFor: TimeSpan.FromSeconds(45));

        var outcome = await _host.ValidateAsync(token);

        outcome.ShouldFailWith(TokenFailureReason.Expired);
    }

    [Fact]
    public async Task ValidateAsync_WithoutExp_FailsWithMissingExpiry()
    {
        var claims = TestTokens.With(TestTokens.UserClaims(_userId), "exp", null);

        var outcome = await _host.ValidateAsync(TestTokens.SignHs256(claims, TestTokens.Secret));

        outcome.ShouldFailWith(TokenFailureReason.MissingExpiry);
    }

    [Fact]
    public async Task ValidateAsync_NotBeforeInTheFuture_FailsWithNotYetValid()
    {
        var nbf = DateTimeOffset.UtcNow.AddMinutes(5).ToUnixTimeSeconds();
        var claims = TestTokens.With(TestTokens.UserClaims(_userId), "nbf", nbf);

        var outcome = await _host.ValidateAsync(TestTokens.SignHs256(claims, TestTokens.Secret));

        outcome.ShouldFailWith(TokenFailureReason.NotYetValid);
    }

    [Fact]
    public async Task ValidateAsync_WrongAudience_FailsWithInvalidAudience()
    {
        var outcome = await _host.ValidateAsync(TestTokens.WrongAudience(TestTokens.Secret, _userId));

        outcome.ShouldFailWith(TokenFailureReason.InvalidAudience);
    }

    [Fact]
    public async Task ValidateAsync_AudienceArrayContainingAuthenticated_Succeeds()
    {
        var outcome = await _host.ValidateAsync(TestTokens.AudienceArray(TestTokens.Secret, _userId));

        outcome.Succeeded.Should().BeTrue();
    }

    [Fact]
    public async Task ValidateAsync_LegacyAnonKey_IsRefused()
    {
        var outcome = await _host.ValidateAsync(TestTokens.AnonKey(TestTokens.Secret));

        outcome.Succeeded.Should().BeFalse();
        outcome.FailureReason.Should().BeOneOf(TokenFailureReason.InvalidAudience, TokenFailureReason.NotAUserToken);
    }

    [Fact]
    public async Task ValidateAsync_LegacyServiceRoleKey_IsRefused()
    {
        var outcome = await _host.ValidateAsync(TestTokens.ServiceRoleKey(TestTokens.Secret));

        outcome.Succeeded.Should().BeFalse();
        outcome.FailureReason.Should().BeOneOf(TokenFailureReason.InvalidAudience, TokenFailureReason.NotAUserToken);
    }

    [Theory]
    [InlineData("anon")]
    [InlineData("service_role")]
    [InlineData(null)]
    public async Task ValidateAsync_RoleOtherThanAuthenticated_FailsWithNotAUserToken(string? role)
    {
        var claims = TestTokens.With(TestTokens.UserClaims(_userId), "role", role);

        var outcome = await _host.ValidateAsync(TestTokens.SignHs256(claims, TestTokens.Secret));

        outcome.ShouldFailWith(TokenFailureReason.NotAUserToken);
    }

    [Fact]
    public async Task ValidateAsync_AlgNone_FailsAsMalformed()
    {
        var outcome = await _host.ValidateAsync(TestTokens.AlgNone(_userId));

        outcome.ShouldFailWith(TokenFailureReason.Malformed);
    }

    [Fact]
    public async Task ValidateAsync_AlgNoneWithASignatureSegment_FailsWithAlgorithmNotAllowed()
    {
        var header = new Dictionary<string, object?> { ["alg"] = "none", ["typ"] = "JWT" };

        var outcome = await _host.ValidateAsync(TestTokens.Encode(header, TestTokens.UserClaims(_userId), _ => [1, 2, 3]));

        outcome.ShouldFailWith(TokenFailureReason.AlgorithmNotAllowed);
    }

    [Fact]
    public async Task ValidateAsync_Hs512WithTheRightSecret_FailsWithAlgorithmNotAllowed()
    {
        var header = new Dictionary<string, object?> { ["alg"] = "HS512", ["typ"] = "JWT" };
        var token = TestTokens.Encode(header, TestTokens.UserClaims(_userId), data => HMACSHA512.HashData(Encoding.UTF8.GetBytes(TestTokens.Secret), data));

        var outcome = await _host.ValidateAsync(token);

        outcome.ShouldFailWith(TokenFailureReason.AlgorithmNotAllowed);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData(TestTokens.Garbage)]
    [InlineData("a.b")]
    [InlineData("a.b.c.d")]
    [InlineData("a.b.c.d.e")]
    [InlineData("a..c")]
    [InlineData("a b.c d.e f")]
    [InlineData("YWJj.YWJj.YWJj")]
    [InlineData("sb_publishable_abc123")]
    public async Task ValidateAsync_Garbage_FailsAsMalformed(string token)
    {
        var outcome = await _host.ValidateAsync(token);

        outcome.ShouldFailWith(TokenFailureReason.Malformed);
    }

    [Fact]
    public async Task ValidateAsync_HugeToken_FailsAsMalformed()
    {
        var claims = TestTokens.With(TestTokens.UserClaims(_userId), "padding", new string('x', 20_000));

        var outcome = await _host.ValidateAsync(TestTokens.SignHs256(claims, TestTokens.Secret));

        outcome.ShouldFailWith(TokenFailureReason.Malformed);
    }

    [Theory]
    [InlineData("user-123")]
    [InlineData("00000000-0000-0000-0000-000000000000")]
    [InlineData("{6f9619ff-8b86-d011-b42d-00c04fc964ff}")]
    public async Task ValidateAsync_SubjectNotAUuid_FailsWithInvalidSubject(string sub)
    {
        var claims = TestTokens.With(TestTokens.UserClaims(_userId), "sub", sub);

        var outcome = await _host.ValidateAsync(TestTokens.SignHs256(claims, TestTokens.Secret));

        outcome.ShouldFailWith(TokenFailureReason.InvalidSubject);
    }

    [Fact]
    public async Task ValidateAsync_NonUuidSubjectHelper_FailsWithInvalidSubject()
    {
        var outcome = await _host.ValidateAsync(TestTokens.NonUuidSubject(TestTokens.Secret));

        outcome.ShouldFailWith(TokenFailureReason.InvalidSubject);
    }

    [Fact]
    public async Task ValidateAsync_AnonymousSignIn_SucceedsMarkedAnonymous()
    {
        var outcome = await _host.ValidateAsync(TestTokens.AnonymousUser(TestTokens.Secret, _userId));

        outcome.Succeeded.Should().BeTrue();
        outcome.Claim(SupabaseClaimTypes.IsAnonymous).Should().Be("true");
        outcome.Claim(SupabaseClaimTypes.Email).Should().BeNull();
    }

    [Fact]
    public async Task ValidateAsync_AppMetadataRoleAdmin_SetsAppRoleClaim()
    {
        var outcome = await _host.ValidateAsync(TestTokens.Admin(TestTokens.Secret, _userId));

        outcome.Succeeded.Should().BeTrue();
        outcome.Claim(SupabaseClaimTypes.AppRole).Should().Be("admin");
        outcome.Principal!.IsInRole("admin").Should().BeTrue();
    }

    [Fact]
    public async Task ValidateAsync_UserMetadataRoleAdmin_GrantsNoAppRole()
    {
        var claims = TestTokens.With(TestTokens.UserClaims(_userId), "user_metadata", new Dictionary<string, object?> { ["role"] = "admin" });

        var outcome = await _host.ValidateAsync(TestTokens.SignHs256(claims, TestTokens.Secret));

        outcome.Succeeded.Should().BeTrue();
        outcome.Claim(SupabaseClaimTypes.AppRole).Should().BeNull();
    }

    [Fact]
    public async Task ValidateAsync_IssuerConfiguredAndMatching_Succeeds()
    {
        using var host = new ValidatorHost(new SupabaseAuthOptions { JwtSecret = TestTokens.Secret, IssuerOverride = Issuer });

        var outcome = await host.ValidateAsync(TestTokens.Hs256(TestTokens.Secret, _userId, issuer: Issuer));

        outcome.Succeeded.Should().BeTrue();
    }

    [Fact]
    public async Task ValidateAsync_IssuerConfiguredAndMismatched_FailsWithInvalidIssuer()
    {
        using var host = new ValidatorHost(new SupabaseAuthOptions { JwtSecret = TestTokens.Secret, IssuerOverride = Issuer });

        var outcome = await host.ValidateAsync(TestTokens.WrongIssuer(TestTokens.Secret, _userId));

        outcome.ShouldFailWith(TokenFailureReason.InvalidIssuer);
    }

    [Fact]
    public async Task ValidateAsync_IssuerConfiguredAndTokenHasNone_FailsWithInvalidIssuer()
    {
        using var host = new ValidatorHost(new SupabaseAuthOptions { JwtSecret = TestTokens.Secret, IssuerOverride = Issuer });

        var outcome = await host.ValidateAsync(TestTokens.Hs256(TestTokens.Secret, _userId));

        outcome.ShouldFailWith(TokenFailureReason.InvalidIssuer);
    }

    [Fact]
    public async Task ValidateAsync_NoSecretConfigured_RefusesHs256()
    {
        using var host = new ValidatorHost(new SupabaseAuthOptions { SupabaseUrl = "https://abcdefghijklmnopqrst.supabase.co" });

        var outcome = await host.ValidateAsync(TestTokens.Hs256(TestTokens.Secret, _userId, issuer: Issuer));

        outcome.ShouldFailWith(TokenFailureReason.AlgorithmNotAllowed);
    }

    [Fact]
    public async Task ValidateAsync_NoSupabaseUrlConfigured_RefusesEs256()
    {
        using var key = TestSigningKey.CreateEs256();

        var outcome = await _host.ValidateAsync(TestTokens.Es256(key, _userId));

        outcome.ShouldFailWith(TokenFailureReason.AlgorithmNotAllowed);
    }
}
