using System.Diagnostics.CodeAnalysis;
using System.Security.Claims;

namespace PageShare.Infrastructure.Identity;

/// <summary>The verdict on one access token: a principal, or a reason and a generic message.</summary>
public sealed class TokenValidationOutcome
{
    private TokenValidationOutcome(ClaimsPrincipal? principal, TokenFailureReason reason, string? failureMessage)
    {
        Principal = principal;
        FailureReason = reason;
        FailureMessage = failureMessage;
    }

    [MemberNotNullWhen(true, nameof(Principal))]
    [MemberNotNullWhen(false, nameof(FailureMessage))]
    public bool Succeeded => Principal is not null;

    public ClaimsPrincipal? Principal { get; }

    public TokenFailureReason FailureReason { get; }

    /// <summary>Safe to show to the caller: names no claim value and no part of the token.</summary>
    public string? FailureMessage { get; }

    public static TokenValidationOutcome Success(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        return new TokenValidationOutcome(principal, TokenFailureReason.None, null);
    }

    public static TokenValidationOutcome Failure(TokenFailureReason reason) =>
        new(null, reason, MessageFor(reason));

    private static string MessageFor(TokenFailureReason reason) => reason switch
    {
        TokenFailureReason.Expired => "The access token has expired.",
        TokenFailureReason.NotYetValid => "The access token is not valid yet.",
        TokenFailureReason.NotAUserToken => "The token is not a user access token.",
        TokenFailureReason.SigningKeysUnavailable => "The access token could not be verified right now; try again shortly.",
        _ => "The access token is invalid.",
    };
}
