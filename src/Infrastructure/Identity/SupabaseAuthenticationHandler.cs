using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace PageShare.Infrastructure.Identity;

/// <summary>
/// Bearer authentication with Supabase access tokens. Challenges and forbids set the status and
/// <see cref="AuthErrorItems"/> only: the WebApi's status-code pages write the error envelope, so an
/// auth error looks like every other error.
/// </summary>
public sealed class SupabaseAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    SupabaseTokenValidator validator)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    private const string BearerScheme = "Bearer";

    // Handlers are created per request, so this is the verdict on this request's token.
    private TokenValidationOutcome? _outcome;

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var values = Request.Headers.Authorization;
        if (values.Count == 0 || string.IsNullOrWhiteSpace(values[0]))
        {
            return AuthenticateResult.NoResult();
        }

        if (values.Count > 1)
        {
            _outcome = TokenValidationOutcome.Failure(TokenFailureReason.Malformed);
            return AuthenticateResult.Fail(_outcome.FailureMessage!);
        }

        var header = values[0]!.Trim();
        var separator = header.IndexOf(' ', StringComparison.Ordinal);
        var scheme = separator < 0 ? header : header[..separator];
        if (!scheme.Equals(BearerScheme, StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult(); // another scheme (Basic, ...): to us, no token at all
        }

        // "Bearer" with nothing after it is a bad token, not a missing one: the validator refuses "".
        var token = separator < 0 ? string.Empty : header[(separator + 1)..].Trim();
        _outcome = await validator.ValidateAsync(token, Context.RequestAborted);
        return _outcome.Succeeded
            ? AuthenticateResult.Success(new AuthenticationTicket(_outcome.Principal, Scheme.Name))
            : AuthenticateResult.Fail(_outcome.FailureMessage);
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync();
        if (_outcome is { FailureReason: TokenFailureReason.SigningKeysUnavailable })
        {
            // Supabase's JWKS is unreachable: the token may be fine, so no 401 that would sign the client out.
            Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            Response.Headers.RetryAfter = "5";
            SetError(AuthErrorItems.ServiceUnavailable, _outcome.FailureMessage!);
            return;
        }

        Response.StatusCode = StatusCodes.Status401Unauthorized;
        if (result.Failure is not null)
        {
            Response.Headers[HeaderNames.WWWAuthenticate] = "Bearer error=\"invalid_token\"";
            SetError(AuthErrorItems.AuthInvalid, _outcome?.FailureMessage ?? "The access token is invalid.");
        }
        else
        {
            Response.Headers[HeaderNames.WWWAuthenticate] = "Bearer";
            SetError(AuthErrorItems.AuthRequired, "Authentication is required.");
        }
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        SetError(AuthErrorItems.PermissionDenied, "You do not have permission to do this.");
        return Task.CompletedTask;
    }

    private void SetError(string code, string message)
    {
        Context.Items[AuthErrorItems.CodeKey] = code;
        Context.Items[AuthErrorItems.MessageKey] = message;
    }
}
