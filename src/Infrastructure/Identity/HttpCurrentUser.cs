using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using PageShare.Application.Common.Exceptions;
using PageShare.Application.Common.Interfaces;

namespace PageShare.Infrastructure.Identity;

/// <summary><see cref="ICurrentUser"/> read from the principal the Supabase handler put on the request.</summary>
public sealed class HttpCurrentUser(IHttpContextAccessor httpContextAccessor) : ICurrentUser
{
    public Guid? Id =>
        Principal?.Identity?.IsAuthenticated == true && Guid.TryParse(Find(SupabaseClaimTypes.Subject), out var id)
            ? id
            : null;

    public bool IsAuthenticated => Id is not null;

    public bool IsAnonymous => IsAuthenticated && Find(SupabaseClaimTypes.IsAnonymous) == "true";

    public string? Email => IsAuthenticated ? Find(SupabaseClaimTypes.Email) : null;

    public bool HasAdminClaim => IsAuthenticated && Find(SupabaseClaimTypes.AppRole) == SupabaseClaimTypes.AdminRole;

    public DateTimeOffset? ExpiresAt =>
        IsAuthenticated && long.TryParse(Find(SupabaseClaimTypes.Expires), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;

    private ClaimsPrincipal? Principal => httpContextAccessor.HttpContext?.User;

    public Guid RequireId() => Id ?? throw new UnauthorizedException();

    private string? Find(string claimType) => Principal?.FindFirst(claimType)?.Value;
}
