using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PageShare.Application.Common.Interfaces;
using PageShare.Infrastructure.Identity;
using PageShare.TestSupport.Auth;

namespace PageShare.Infrastructure.IntegrationTests.Identity;

/// <summary>
/// The handler inside a real Kestrel pipeline, wired by <see cref="IdentityServiceCollectionExtensions.AddSupabaseAuthentication"/>.
/// A small middleware stands in for the WebApi's status-code pages and echoes the <see cref="AuthErrorItems"/>.
/// </summary>
public sealed class SupabaseAuthenticationHandlerTests : IAsyncLifetime
{
    private readonly Guid _userId = Guid.NewGuid();
    private FakeSupabaseAuthServer _auth = null!;
    private WebApplication _app = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _auth = await FakeSupabaseAuthServer.StartAsync();
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Services.AddSupabaseAuthentication(_auth.CreateOptions(TestTokens.Secret));
        builder.Services.AddAuthorizationBuilder().AddPolicy("admin", policy => policy.RequireRole(SupabaseClaimTypes.AdminRole));

        _app = builder.Build();
        _app.Use(EchoAuthErrorAsync);
        _app.UseAuthentication();
        _app.UseAuthorization();
        _app.MapGet("/me", (ICurrentUser user) => new CurrentUserView(user.Id, user.Email, user.IsAnonymous, user.HasAdminClaim, user.ExpiresAt))
            .RequireAuthorization();
        _app.MapGet("/admin", () => "ok").RequireAuthorization("admin");
        await _app.StartAsync();

        var address = _app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        _client = new HttpClient { BaseAddress = new Uri(address) };
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        await _auth.DisposeAsync();
    }

    [Fact]
    public async Task Get_WithoutToken_Returns401AuthRequiredWithBearerChallenge()
    {
        using var response = await _client.GetAsync(new Uri("/me", UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        response.Headers.WwwAuthenticate.Should().ContainSingle().Which.ToString().Should().Be("Bearer");
        (await ErrorOf(response)).Should().Be(new AuthError(AuthErrorItems.AuthRequired, "Authentication is required."));
    }

    [Fact]
    public async Task Get_WithNonBearerAuthorization_Returns401AuthRequired()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/me");
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", "dXNlcjpwYXNz");

        using var response = await _client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await ErrorOf(response)).Code.Should().Be(AuthErrorItems.AuthRequired);
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("wrong-secret")]
    [InlineData("anon-key")]
    [InlineData("service-role-key")]
    [InlineData("alg-none")]
    [InlineData("empty")]
    public async Task Get_WithRefusedToken_Returns401AuthInvalidWithInvalidTokenChallenge(string kind)
    {
        var token = kind switch
        {
            "garbage" => TestTokens.Garbage,
            "wrong-secret" => TestTokens.Hs256(TestTokens.WrongSecret, _userId, issuer: _auth.Issuer),
            "anon-key" => TestTokens.AnonKey(TestTokens.Secret),
            "service-role-key" => TestTokens.ServiceRoleKey(TestTokens.Secret),
            "alg-none" => TestTokens.AlgNone(_userId, _auth.Issuer),
            _ => string.Empty,
        };

        using var response = await GetAsync("/me", token);

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        response.Headers.WwwAuthenticate.Should().ContainSingle().Which.ToString().Should().Be("Bearer error=\"invalid_token\"");
        (await ErrorOf(response)).Code.Should().Be(AuthErrorItems.AuthInvalid);
    }

    [Fact]
    public async Task Get_WithExpiredToken_SaysItExpiredWithoutEchoingTheToken()
    {
        var token = TestTokens.Expired(TestTokens.Secret, _userId, _auth.Issuer);

        using var response = await GetAsync("/me", token);
        var body = await response.Content.ReadAsStringAsync();

        (await ErrorOf(response)).Should().Be(new AuthError(AuthErrorItems.AuthInvalid, "The access token has expired."));
        body.Should().NotContain(token.Split('.')[1]).And.NotContain(_userId.ToString());
    }

    [Fact]
    public async Task Get_WithValidHs256Token_ExposesTheUserThroughICurrentUser()
    {
        using var response = await GetAsync("/me", TestTokens.Hs256(TestTokens.Secret, _userId, "ann@example.com", _auth.Issuer));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var me = await response.Content.ReadFromJsonAsync<CurrentUserView>();
        me!.Id.Should().Be(_userId);
        me.Email.Should().Be("ann@example.com");
        me.IsAnonymous.Should().BeFalse();
        me.HasAdminClaim.Should().BeFalse();
        me.ExpiresAt.Should().BeCloseTo(DateTimeOffset.UtcNow.AddHours(1), TimeSpan.FromMinutes(1));
    }

    [Fact]
    public async Task Get_WithValidEs256Token_Returns200()
    {
        using var response = await GetAsync("/me", _auth.CreateToken(_userId, isAnonymous: true));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadFromJsonAsync<CurrentUserView>())!.IsAnonymous.Should().BeTrue();
    }

    [Fact]
    public async Task Get_AdminRouteAsOrdinaryUser_Returns403PermissionDenied()
    {
        using var response = await GetAsync("/admin", TestTokens.Hs256(TestTokens.Secret, _userId, issuer: _auth.Issuer));

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        response.Headers.WwwAuthenticate.Should().BeEmpty();
        (await ErrorOf(response)).Code.Should().Be(AuthErrorItems.PermissionDenied);
    }

    [Fact]
    public async Task Get_AdminRouteAsAdmin_Returns200()
    {
        using var response = await GetAsync("/admin", TestTokens.Admin(TestTokens.Secret, _userId, _auth.Issuer));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Get_WhenJwksUnreachable_Returns503ServiceUnavailable()
    {
        var token = _auth.CreateToken(_userId);
        await _auth.DisposeAsync();

        using var response = await GetAsync("/me", token);

        response.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        (await ErrorOf(response)).Code.Should().Be(AuthErrorItems.ServiceUnavailable);
    }

    private static async Task EchoAuthErrorAsync(HttpContext context, RequestDelegate next)
    {
        await next(context);
        if (!context.Response.HasStarted && context.Items.TryGetValue(AuthErrorItems.CodeKey, out var code))
        {
            await context.Response.WriteAsJsonAsync(new AuthError((string)code!, (string)context.Items[AuthErrorItems.MessageKey]!));
        }
    }

    private static async Task<AuthError> ErrorOf(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<AuthError>())!;

    private async Task<HttpResponseMessage> GetAsync(string path, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + token);
        return await _client.SendAsync(request);
    }

    private sealed record AuthError(string Code, string Message);

    private sealed record CurrentUserView(Guid? Id, string? Email, bool IsAnonymous, bool HasAdminClaim, DateTimeOffset? ExpiresAt);
}
