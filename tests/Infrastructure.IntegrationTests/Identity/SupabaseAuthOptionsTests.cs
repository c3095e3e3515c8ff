using Microsoft.Extensions.Configuration;
using PageShare.Infrastructure.Identity;

namespace PageShare.Infrastructure.IntegrationTests.Identity;

public sealed class SupabaseAuthOptionsTests
{
    private const string RealLookingSecret = "q7Yv1mK2pZ8sX4cT9wR3nB6hJ0dF5gL2aE8uI1oP";

    [Fact]
    public void FromConfiguration_DevelopmentWithoutSecret_UsesDevelopmentSecret()
    {
        var options = SupabaseAuthOptions.FromConfiguration(Config(), isDevelopment: true);

        options.JwtSecret.Should().Be(SupabaseAuthOptions.DevelopmentJwtSecret);
        options.UsesDevelopmentSecret.Should().BeTrue();
        options.AllowsHs256.Should().BeTrue();
        options.Issuer.Should().BeNull();
        options.JwksUri.Should().BeNull();
    }

    [Fact]
    public void FromConfiguration_ProductionWithoutSecret_AllowsNoHs256()
    {
        var options = SupabaseAuthOptions.FromConfiguration(Config(("SUPABASE_URL", "https://abc.supabase.co")), isDevelopment: false);

        options.JwtSecret.Should().BeNull();
        options.AllowsHs256.Should().BeFalse();
    }

    [Fact]
    public void FromConfiguration_SupabaseUrl_DerivesIssuerAndJwks()
    {
        var options = SupabaseAuthOptions.FromConfiguration(Config(("SUPABASE_URL", "https://abc.supabase.co/")), isDevelopment: false);

        options.SupabaseUrl.Should().Be("https://abc.supabase.co");
        options.Issuer.Should().Be("https://abc.supabase.co/auth/v1");
        options.JwksUri.Should().Be(new Uri("https://abc.supabase.co/auth/v1/.well-known/jwks.json"));
    }

    [Fact]
    public void FromConfiguration_Overrides_ReplaceDerivedValues()
    {
        var options = SupabaseAuthOptions.FromConfiguration(
            Config(
                ("SUPABASE_URL", "https://abc.supabase.co"),
                ("SUPABASE_JWT_ISSUER", "https://auth.example.org/auth/v1"),
                ("SUPABASE_JWKS_URL", "https://keys.example.org/jwks.json"),
                ("SUPABASE_JWT_SECRET", "  " + RealLookingSecret + "  ")),
            isDevelopment: false);

        options.Issuer.Should().Be("https://auth.example.org/auth/v1");
        options.JwksUri.Should().Be(new Uri("https://keys.example.org/jwks.json"));
        options.JwtSecret.Should().Be(RealLookingSecret);
    }

    [Fact]
    public void FromConfiguration_BlankValues_AreTreatedAsUnset()
    {
        var options = SupabaseAuthOptions.FromConfiguration(Config(("SUPABASE_URL", " "), ("SUPABASE_JWT_SECRET", "")), isDevelopment: false);

        options.SupabaseUrl.Should().BeNull();
        options.JwtSecret.Should().BeNull();
    }

    [Fact]
    public void DevelopmentJwtSecret_IsLongEnoughForHs256()
    {
        SupabaseAuthOptions.DevelopmentJwtSecret.Length.Should().BeGreaterThanOrEqualTo(32);
    }

    [Fact]
    public void ValidateForProduction_NothingSet_NamesBothVariables()
    {
        var problems = SupabaseAuthOptions.FromConfiguration(Config(), isDevelopment: false).ValidateForProduction();

        problems.Should().ContainSingle().Which.Should().Contain("SUPABASE_URL").And.Contain("SUPABASE_JWT_SECRET");
    }

    [Fact]
    public void ValidateForProduction_DevelopmentSecret_IsRefused()
    {
        var problems = SupabaseAuthOptions.FromConfiguration(Config(), isDevelopment: true).ValidateForProduction();

        problems.Should().ContainSingle().Which.Should().Contain("SUPABASE_JWT_SECRET").And.Contain("development");
    }

    [Theory]
    [InlineData("short-secret")]
    [InlineData("your-jwt-secret")]
    [InlineData("changeme")]
    [InlineData("[your JWT secret from the dashboard]")]
    [InlineData("<jwt-secret>")]
    [InlineData("your-super-secret-jwt-token-with-at-least-32-characters-long")]
    [InlineData("CHANGEME-CHANGEME-CHANGEME-CHANGEME-1234")]
    public void ValidateForProduction_WeakOrPlaceholderSecret_NamesTheVariable(string secret)
    {
        var options = new SupabaseAuthOptions { SupabaseUrl = "https://abc.supabase.co", JwtSecret = secret };

        var problems = options.ValidateForProduction();

        problems.Should().NotBeEmpty().And.OnlyContain(p => p.Contains("SUPABASE_JWT_SECRET"));
    }

    [Theory]
    [InlineData("abc.supabase.co")]
    [InlineData("http://abc.supabase.co")]
    [InlineData("https://[your-project].supabase.co")]
    public void ValidateForProduction_BadSupabaseUrl_NamesTheVariable(string url)
    {
        var problems = new SupabaseAuthOptions { SupabaseUrl = url }.ValidateForProduction();

        problems.Should().ContainSingle().Which.Should().Contain("SUPABASE_URL");
    }

    [Theory]
    [InlineData("https://abc.supabase.co", null)]
    [InlineData(null, RealLookingSecret)]
    [InlineData("https://abc.supabase.co", RealLookingSecret)]
    [InlineData("http://127.0.0.1:54321", RealLookingSecret)]
    public void ValidateForProduction_SoundConfiguration_HasNoProblems(string? url, string? secret)
    {
        var problems = new SupabaseAuthOptions { SupabaseUrl = url, JwtSecret = secret }.ValidateForProduction();

        problems.Should().BeEmpty();
    }

    private static IConfiguration Config(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value)))
            .Build();
}
