using System.Buffers.Text;
using System.Text.Json;
using PageShare.Infrastructure.Identity;
using PageShare.TestSupport.Auth;

namespace PageShare.Infrastructure.IntegrationTests.Identity;

public sealed class DevTokenIssuerTests
{
    private readonly Guid _userId = Guid.NewGuid();

    [Fact]
    public async Task Create_DevelopmentOptions_TokenPassesTheValidator()
    {
        var options = new SupabaseAuthOptions { JwtSecret = SupabaseAuthOptions.DevelopmentJwtSecret, IsDevelopment = true };
        using var host = new ValidatorHost(options);

        var token = DevTokenIssuer.Create(options, _userId, "dev@example.com", TimeSpan.FromHours(1), TimeProvider.System);
        var outcome = await host.ValidateAsync(token);

        outcome.Succeeded.Should().BeTrue();
        outcome.Claim(SupabaseClaimTypes.Subject).Should().Be(_userId.ToString());
        outcome.Claim(SupabaseClaimTypes.Email).Should().Be("dev@example.com");
        Payload(token).GetProperty("iss").GetString().Should().Be(SupabaseAuthOptions.DevelopmentIssuer);
    }

    [Fact]
    public async Task Create_WithSupabaseUrl_UsesProjectIssuerAndPassesIssuerCheck()
    {
        var options = new SupabaseAuthOptions { SupabaseUrl = "http://127.0.0.1:54321", JwtSecret = TestTokens.Secret };
        using var host = new ValidatorHost(options);

        var token = DevTokenIssuer.Create(options, _userId, "dev@example.com", TimeSpan.FromHours(1), TimeProvider.System);

        Payload(token).GetProperty("iss").GetString().Should().Be("http://127.0.0.1:54321/auth/v1");
        (await host.ValidateAsync(token)).Succeeded.Should().BeTrue();
    }

    [Fact]
    public void Create_Always_CarriesTheFullSupabaseClaimSet()
    {
        var options = new SupabaseAuthOptions { JwtSecret = TestTokens.Secret };
        var clock = new ManualTimeProvider(new DateTimeOffset(2025, 1, 2, 3, 4, 5, TimeSpan.Zero));

        var payload = Payload(DevTokenIssuer.Create(options, _userId, "dev@example.com", TimeSpan.FromMinutes(30), clock));

        payload.EnumerateObject().Select(p => p.Name).Should().BeEquivalentTo(
            ["iss", "aud", "exp", "iat", "sub", "email", "phone", "role", "aal", "session_id", "is_anonymous", "app_metadata", "user_metadata", "amr"]);
        payload.GetProperty("aud").GetString().Should().Be("authenticated");
        payload.GetProperty("role").GetString().Should().Be("authenticated");
        payload.GetProperty("phone").GetString().Should().BeEmpty();
        payload.GetProperty("iat").GetInt64().Should().Be(clock.GetUtcNow().ToUnixTimeSeconds());
        payload.GetProperty("exp").GetInt64().Should().Be(clock.GetUtcNow().AddMinutes(30).ToUnixTimeSeconds());
        payload.GetProperty("app_metadata").GetProperty("provider").GetString().Should().Be("email");
        payload.GetProperty("app_metadata").TryGetProperty("role", out _).Should().BeFalse();
        Guid.TryParse(payload.GetProperty("session_id").GetString(), out _).Should().BeTrue();
    }

    [Fact]
    public async Task Create_AnonymousAdmin_SetsBothFlags()
    {
        var options = new SupabaseAuthOptions { JwtSecret = TestTokens.Secret };
        using var host = new ValidatorHost(options);

        var token = DevTokenIssuer.Create(options, _userId, string.Empty, TimeSpan.FromHours(1), TimeProvider.System, isAnonymous: true, appRole: "admin");
        var outcome = await host.ValidateAsync(token);

        outcome.Claim(SupabaseClaimTypes.IsAnonymous).Should().Be("true");
        outcome.Claim(SupabaseClaimTypes.AppRole).Should().Be("admin");
    }

    [Fact]
    public void Create_HeaderIsHs256WithoutKid()
    {
        var token = DevTokenIssuer.Create(new SupabaseAuthOptions { JwtSecret = TestTokens.Secret }, _userId, "a@b.c", TimeSpan.FromHours(1), TimeProvider.System);

        var header = JsonDocument.Parse(Base64Url.DecodeFromChars(token.Split('.')[0])).RootElement;

        header.GetProperty("alg").GetString().Should().Be("HS256");
        header.TryGetProperty("kid", out _).Should().BeFalse();
    }

    [Fact]
    public void Create_WithoutSecret_Throws()
    {
        var act = () => DevTokenIssuer.Create(new SupabaseAuthOptions(), _userId, "a@b.c", TimeSpan.FromHours(1), TimeProvider.System);

        act.Should().Throw<InvalidOperationException>().WithMessage("*SUPABASE_JWT_SECRET*");
    }

    private static JsonElement Payload(string token) =>
        JsonDocument.Parse(Base64Url.DecodeFromChars(token.Split('.')[1])).RootElement;
}
