using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using PageShare.Application.Common.Exceptions;
using PageShare.Infrastructure.Identity;

namespace PageShare.Infrastructure.IntegrationTests.Identity;

public sealed class HttpCurrentUserTests
{
    private readonly Guid _userId = Guid.NewGuid();

    [Fact]
    public void Properties_AuthenticatedPrincipal_ReadTheSupabaseClaims()
    {
        var user = UserWith(
            new Claim(SupabaseClaimTypes.Subject, _userId.ToString()),
            new Claim(SupabaseClaimTypes.Email, "ann@example.com"),
            new Claim(SupabaseClaimTypes.IsAnonymous, "false"),
            new Claim(SupabaseClaimTypes.AppRole, "admin"),
            new Claim(SupabaseClaimTypes.Expires, "1767225600"));

        user.Id.Should().Be(_userId);
        user.RequireId().Should().Be(_userId);
        user.IsAuthenticated.Should().BeTrue();
        user.IsAnonymous.Should().BeFalse();
        user.Email.Should().Be("ann@example.com");
        user.HasAdminClaim.Should().BeTrue();
        user.ExpiresAt.Should().Be(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public void IsAnonymous_AnonymousSignIn_IsTrue()
    {
        var user = UserWith(new Claim(SupabaseClaimTypes.Subject, _userId.ToString()), new Claim(SupabaseClaimTypes.IsAnonymous, "true"));

        user.IsAnonymous.Should().BeTrue();
        user.HasAdminClaim.Should().BeFalse();
        user.Email.Should().BeNull();
    }

    [Fact]
    public void RequireId_NoUser_ThrowsUnauthorizedException()
    {
        var user = new HttpCurrentUser(new HttpContextAccessor { HttpContext = new DefaultHttpContext() });

        user.Id.Should().BeNull();
        user.IsAuthenticated.Should().BeFalse();
        user.ExpiresAt.Should().BeNull();
        user.Invoking(u => u.RequireId()).Should().Throw<UnauthorizedException>();
    }

    [Fact]
    public void RequireId_NoHttpContext_ThrowsUnauthorizedException()
    {
        var user = new HttpCurrentUser(new HttpContextAccessor());

        user.Invoking(u => u.RequireId()).Should().Throw<UnauthorizedException>();
    }

    [Fact]
    public void Id_UnauthenticatedIdentityWithSub_IsNull()
    {
        var context = new DefaultHttpContext
        {
            User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(SupabaseClaimTypes.Subject, _userId.ToString())])),
        };

        new HttpCurrentUser(new HttpContextAccessor { HttpContext = context }).Id.Should().BeNull();
    }

    private static HttpCurrentUser UserWith(params Claim[] claims)
    {
        var identity = new ClaimsIdentity(claims, SupabaseAuthenticationDefaults.Scheme, SupabaseClaimTypes.Subject, SupabaseClaimTypes.AppRole);
        var context = new DefaultHttpContext { User = new ClaimsPrincipal(identity) };
        return new HttpCurrentUser(new HttpContextAccessor { HttpContext = context });
    }
}
