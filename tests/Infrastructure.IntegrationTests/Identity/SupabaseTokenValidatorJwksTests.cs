using System.Security.Cryptography;
using System.Text;
using PageShare.Infrastructure.Identity;
using PageShare.TestSupport.Auth;

namespace PageShare.Infrastructure.IntegrationTests.Identity;

/// <summary>A project on asymmetric signing keys, served by a loopback JWKS endpoint; the clock is manual.</summary>
public sealed class SupabaseTokenValidatorJwksTests : IAsyncLifetime
{
    private readonly ManualTimeProvider _clock = new();
    private readonly Guid _userId = Guid.NewGuid();
    private FakeSupabaseAuthServer _auth = null!;
    private ValidatorHost _host = null!;

    public async Task InitializeAsync()
    {
        _auth = await FakeSupabaseAuthServer.StartAsync();
        _host = new ValidatorHost(_auth.CreateOptions(), _clock);
    }

    public async Task DisposeAsync()
    {
        _host.Dispose();
        await _auth.DisposeAsync();
    }

    [Fact]
    public async Task ValidateAsync_Es256FromJwks_Succeeds()
    {
        var outcome = await _host.ValidateAsync(TestTokens.Es256(_auth.Es256Key, _userId, _auth.Issuer));

        outcome.Succeeded.Should().BeTrue();
        outcome.Principal!.FindFirst(SupabaseClaimTypes.Subject)!.Value.Should().Be(_userId.ToString());
        _auth.JwksRequestCount.Should().Be(1);
    }

    [Fact]
    public async Task ValidateAsync_Rs256FromJwks_Succeeds()
    {
        var outcome = await _host.ValidateAsync(TestTokens.Rs256(_auth.Rs256Key, _userId, _auth.Issuer));

        outcome.Succeeded.Should().BeTrue();
    }

    [Fact]
    public async Task ValidateAsync_ManyTokensWithinCacheLifetime_FetchesJwksOnce()
    {
        for (var i = 0; i < 5; i++)
        {
            (await _host.ValidateAsync(_auth.CreateToken(Guid.NewGuid()))).Succeeded.Should().BeTrue();
            _clock.Advance(TimeSpan.FromMinutes(1));
        }

        _auth.JwksRequestCount.Should().Be(1);
    }

    [Fact]
    public async Task ValidateAsync_AfterCacheLifetime_FetchesJwksAgain()
    {
        await _host.ValidateAsync(_auth.CreateToken(_userId));
        _clock.Advance(TimeSpan.FromMinutes(10) + TimeSpan.FromSeconds(1));

        var outcome = await _host.ValidateAsync(_auth.CreateToken(_userId, lifetime: TimeSpan.FromHours(2)));

        outcome.Succeeded.Should().BeTrue();
        _auth.JwksRequestCount.Should().Be(2);
    }

    [Fact]
    public async Task ValidateAsync_TokenFromRotatedKey_RefreshesOnceAndSucceeds()
    {
        (await _host.ValidateAsync(_auth.CreateToken(_userId))).Succeeded.Should().BeTrue();
        var rotated = _auth.RotateKey();

        var first = await _host.ValidateAsync(_auth.CreateToken(_userId, rotated));
        var second = await _host.ValidateAsync(_auth.CreateToken(Guid.NewGuid(), rotated));

        first.Succeeded.Should().BeTrue();
        second.Succeeded.Should().BeTrue();
        _auth.JwksRequestCount.Should().Be(2);
    }

    [Fact]
    public async Task ValidateAsync_KidUnknownEvenAfterRefresh_FailsWithUnknownSigningKey()
    {
        await _host.ValidateAsync(_auth.CreateToken(_userId));
        using var unpublished = TestSigningKey.CreateEs256("never-published");

        var outcome = await _host.ValidateAsync(_auth.CreateToken(_userId, unpublished));

        outcome.ShouldFailWith(TokenFailureReason.UnknownSigningKey);
        _auth.JwksRequestCount.Should().Be(2);
    }

    [Fact]
    public async Task ValidateAsync_FloodOfUnknownKids_RefreshesAtMostOncePerCooldown()
    {
        await _host.ValidateAsync(_auth.CreateToken(_userId));
        using var unpublished = TestSigningKey.CreateEs256();
        var claims = TestTokens.UserClaims(_userId, issuer: _auth.Issuer);

        for (var i = 0; i < 20; i++)
        {
            var outcome = await _host.ValidateAsync(TestTokens.Sign(claims, unpublished, kid: $"made-up-{i}"));
            outcome.ShouldFailWith(TokenFailureReason.UnknownSigningKey);
        }

        _auth.JwksRequestCount.Should().Be(2);

        _clock.Advance(TimeSpan.FromSeconds(31));
        await _host.ValidateAsync(TestTokens.Sign(claims, unpublished, kid: "made-up-after-cooldown"));

        _auth.JwksRequestCount.Should().Be(3);
    }

    [Fact]
    public async Task ValidateAsync_RotationWithinCooldownOfAnotherRefresh_FindsKeyOnceCooldownPassed()
    {
        await _host.ValidateAsync(_auth.CreateToken(_userId));
        using var unpublished = TestSigningKey.CreateEs256();
        await _host.ValidateAsync(_auth.CreateToken(_userId, unpublished));
        var rotated = _auth.RotateKey();

        var tooSoon = await _host.ValidateAsync(_auth.CreateToken(_userId, rotated));
        _clock.Advance(TimeSpan.FromSeconds(31));
        var later = await _host.ValidateAsync(_auth.CreateToken(_userId, rotated));

        tooSoon.ShouldFailWith(TokenFailureReason.UnknownSigningKey);
        later.Succeeded.Should().BeTrue();
        _auth.JwksRequestCount.Should().Be(3);
    }

    [Fact]
    public async Task ValidateAsync_ConcurrentTokensWithNewKid_RefreshOnce()
    {
        await _host.ValidateAsync(_auth.CreateToken(_userId));
        var rotated = _auth.RotateKey();

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 10)
            .Select(_ => Task.Run(() => _host.ValidateAsync(_auth.CreateToken(Guid.NewGuid(), rotated)))));

        outcomes.Should().OnlyContain(o => o.Succeeded);
        _auth.JwksRequestCount.Should().Be(2);
    }

    [Fact]
    public async Task ValidateAsync_RevokedKeyAfterCacheLifetime_FailsWithUnknownSigningKey()
    {
        var oldKey = _auth.Es256Key;
        await _host.ValidateAsync(_auth.CreateToken(_userId, oldKey));
        _auth.Revoke(oldKey.Kid);
        _clock.Advance(TimeSpan.FromMinutes(11));

        var outcome = await _host.ValidateAsync(_auth.CreateToken(_userId, oldKey, lifetime: TimeSpan.FromHours(2)));

        outcome.ShouldFailWith(TokenFailureReason.UnknownSigningKey);
    }

    [Fact]
    public async Task ValidateAsync_EmptyKeySet_FailsWithUnknownSigningKey()
    {
        _auth.ServeEmptyKeySet();

        var outcome = await _host.ValidateAsync(_auth.CreateToken(_userId));

        outcome.ShouldFailWith(TokenFailureReason.UnknownSigningKey);
    }

    [Fact]
    public async Task ValidateAsync_Es256WithoutKid_FailsWithUnknownSigningKey()
    {
        var header = new Dictionary<string, object?> { ["alg"] = "ES256", ["typ"] = "JWT" };
        var token = TestTokens.Encode(header, TestTokens.UserClaims(_userId, issuer: _auth.Issuer), _auth.Es256Key.Sign);

        var outcome = await _host.ValidateAsync(token);

        outcome.ShouldFailWith(TokenFailureReason.UnknownSigningKey);
    }

    [Fact]
    public async Task ValidateAsync_Es256HeaderWithKidOfRsaKey_FailsWithAlgorithmNotAllowed()
    {
        var claims = TestTokens.UserClaims(_userId, issuer: _auth.Issuer);

        var outcome = await _host.ValidateAsync(TestTokens.Sign(claims, _auth.Es256Key, kid: _auth.Rs256Key.Kid));

        outcome.ShouldFailWith(TokenFailureReason.AlgorithmNotAllowed);
    }

    [Fact]
    public async Task ValidateAsync_SignedByAnotherKeyUnderAPublishedKid_FailsWithInvalidSignature()
    {
        using var impostor = TestSigningKey.CreateEs256();
        var claims = TestTokens.UserClaims(_userId, issuer: _auth.Issuer);

        var outcome = await _host.ValidateAsync(TestTokens.Sign(claims, impostor, kid: _auth.Es256Key.Kid));

        outcome.ShouldFailWith(TokenFailureReason.InvalidSignature);
    }

    [Fact]
    public async Task ValidateAsync_Hs256SignedWithThePublicJwk_FailsWithAlgorithmNotAllowed()
    {
        // The classic algorithm-confusion attack: use the public key as an HMAC secret.
        var header = new Dictionary<string, object?> { ["alg"] = "HS256", ["typ"] = "JWT", ["kid"] = _auth.Es256Key.Kid };
        var publicJwk = System.Text.Json.JsonSerializer.Serialize(_auth.Es256Key.ToPublicJwk());
        var token = TestTokens.Encode(header, TestTokens.UserClaims(_userId, issuer: _auth.Issuer),
            data => HMACSHA256.HashData(Encoding.UTF8.GetBytes(publicJwk), data));

        var outcome = await _host.ValidateAsync(token);

        outcome.ShouldFailWith(TokenFailureReason.AlgorithmNotAllowed);
    }

    [Fact]
    public async Task ValidateAsync_IssuerMismatch_FailsWithInvalidIssuer()
    {
        var outcome = await _host.ValidateAsync(TestTokens.Es256(_auth.Es256Key, _userId, "https://other-project.supabase.co/auth/v1"));

        outcome.ShouldFailWith(TokenFailureReason.InvalidIssuer);
    }

    [Fact]
    public async Task ValidateAsync_DemoIssuerSupabase_FailsWithInvalidIssuer()
    {
        var outcome = await _host.ValidateAsync(TestTokens.Es256(_auth.Es256Key, _userId, "supabase"));

        outcome.ShouldFailWith(TokenFailureReason.InvalidIssuer);
    }

    [Fact]
    public async Task ValidateAsync_ExpiryCheckedAgainstInjectedClock()
    {
        var token = _auth.CreateToken(_userId, lifetime: TimeSpan.FromMinutes(5));
        _clock.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(31));

        var outcome = await _host.ValidateAsync(token);

        outcome.ShouldFailWith(TokenFailureReason.Expired);
    }

    [Fact]
    public async Task ValidateAsync_Hs256WhenNoSecretConfigured_FailsWithoutFetchingJwks()
    {
        var outcome = await _host.ValidateAsync(TestTokens.Hs256(TestTokens.Secret, _userId, issuer: _auth.Issuer));

        outcome.ShouldFailWith(TokenFailureReason.AlgorithmNotAllowed);
        _auth.JwksRequestCount.Should().Be(0);
    }

    [Fact]
    public async Task ValidateAsync_ProjectMigratingFromLegacySecret_AcceptsBothKinds()
    {
        using var host = new ValidatorHost(_auth.CreateOptions(TestTokens.Secret), _clock);

        var legacy = await host.ValidateAsync(TestTokens.Hs256(TestTokens.Secret, _userId, issuer: _auth.Issuer));
        var asymmetric = await host.ValidateAsync(_auth.CreateToken(_userId));

        legacy.Succeeded.Should().BeTrue();
        asymmetric.Succeeded.Should().BeTrue();
    }

    [Fact]
    public async Task ValidateAsync_ProjectMigrating_StillRefusesAnonKey()
    {
        using var host = new ValidatorHost(_auth.CreateOptions(TestTokens.Secret), _clock);

        var anon = await host.ValidateAsync(TestTokens.AnonKey(TestTokens.Secret));
        var serviceRole = await host.ValidateAsync(TestTokens.ServiceRoleKey(TestTokens.Secret));

        anon.Succeeded.Should().BeFalse();
        serviceRole.Succeeded.Should().BeFalse();
    }

    [Fact]
    public async Task ValidateAsync_JwksUnreachable_FailsWithSigningKeysUnavailable()
    {
        var token = _auth.CreateToken(_userId);
        await _auth.DisposeAsync();

        var outcome = await _host.ValidateAsync(token);

        outcome.ShouldFailWith(TokenFailureReason.SigningKeysUnavailable);
    }

    [Fact]
    public async Task ValidateAsync_JwksUnreachableAfterCacheLifetime_KeepsUsingCachedKeys()
    {
        await _host.ValidateAsync(_auth.CreateToken(_userId));
        var token = _auth.CreateToken(_userId, lifetime: TimeSpan.FromHours(2));
        await _auth.DisposeAsync();
        _clock.Advance(TimeSpan.FromMinutes(11));

        var outcome = await _host.ValidateAsync(token);

        outcome.Succeeded.Should().BeTrue();
    }
}
