using System.Buffers;
using System.Security.Claims;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace PageShare.Infrastructure.Identity;

/// <summary>
/// Verifies Supabase access tokens (EXTERNAL_SERVICES.md 1.5): ES256/RS256 by <c>kid</c> from the
/// project's JWKS, HS256 with the legacy secret when one is configured, then the claims that keep
/// the legacy <c>anon</c>/<c>service_role</c> keys out. Thread-safe; register as a singleton.
/// </summary>
public sealed class SupabaseTokenValidator
{
    public const string Audience = "authenticated";
    public const string UserRole = "authenticated";

    // Real access tokens are 1-2 KiB; anything far larger is not worth parsing.
    private const int MaxTokenLength = 16 * 1024;

    private static readonly SearchValues<char> Base64UrlChars =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");

    private readonly SupabaseAuthOptions _options;
    private readonly TimeProvider _clock;
    private readonly ILogger<SupabaseTokenValidator> _logger;
    private readonly SupabaseJwksCache? _jwks;
    private readonly SymmetricSecurityKey? _legacySecret;
    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };

    public SupabaseTokenValidator(
        SupabaseAuthOptions options,
        IHttpClientFactory httpClientFactory,
        TimeProvider clock,
        ILoggerFactory loggerFactory)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(loggerFactory);
        _options = options;
        _clock = clock;
        _logger = loggerFactory.CreateLogger<SupabaseTokenValidator>();
        if (options.AllowsAsymmetric)
        {
            _jwks = new SupabaseJwksCache(options, httpClientFactory, clock, loggerFactory.CreateLogger<SupabaseJwksCache>());
        }

        if (options.AllowsHs256)
        {
            // Supabase signs with the UTF-8 bytes of the secret string, not a base64 decoding of it.
            _legacySecret = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(options.JwtSecret!));
        }
    }

    public async Task<TokenValidationOutcome> ValidateAsync(string token, CancellationToken ct)
    {
        if (!HasJwsShape(token))
        {
            return Refuse(TokenFailureReason.Malformed);
        }

        JsonWebToken jwt;
        try
        {
            jwt = _handler.ReadJsonWebToken(token);
        }
        catch (Exception ex) when (ex is ArgumentException or SecurityTokenException)
        {
            return Refuse(TokenFailureReason.Malformed);
        }

        var (key, keyFailure) = await ResolveKeyAsync(jwt, ct);
        if (key is null)
        {
            return Refuse(keyFailure);
        }

        var result = await _handler.ValidateTokenAsync(jwt, Parameters(jwt.Alg, key));
        if (!result.IsValid)
        {
            return Refuse(Classify(result.Exception));
        }

        var lifetimeFailure = CheckLifetime(jwt);
        if (lifetimeFailure != TokenFailureReason.None)
        {
            return Refuse(lifetimeFailure);
        }

        var (principal, claimsFailure) = SupabasePrincipalFactory.Create(jwt);
        return principal is null ? Refuse(claimsFailure) : TokenValidationOutcome.Success(principal);
    }

    private async ValueTask<(SecurityKey? Key, TokenFailureReason Failure)> ResolveKeyAsync(JsonWebToken jwt, CancellationToken ct)
    {
        switch (jwt.Alg)
        {
            // The secret, never a JWKS key: an HS256 token "signed" with a public key must not verify.
            case SecurityAlgorithms.HmacSha256:
                return _legacySecret is null
                    ? (null, TokenFailureReason.AlgorithmNotAllowed)
                    : (_legacySecret, TokenFailureReason.None);

            case SecurityAlgorithms.EcdsaSha256:
            case SecurityAlgorithms.RsaSha256:
                if (_jwks is null)
                {
                    return (null, TokenFailureReason.AlgorithmNotAllowed);
                }

                if (string.IsNullOrEmpty(jwt.Kid))
                {
                    return (null, TokenFailureReason.UnknownSigningKey);
                }

                var lookup = await _jwks.FindAsync(jwt.Kid, ct);
                if (lookup.Key is null)
                {
                    return (null, lookup.KeysUnavailable ? TokenFailureReason.SigningKeysUnavailable : TokenFailureReason.UnknownSigningKey);
                }

                return KeyFits(lookup.Key, jwt.Alg)
                    ? (lookup.Key, TokenFailureReason.None)
                    : (null, TokenFailureReason.AlgorithmNotAllowed);

            default:
                return (null, TokenFailureReason.AlgorithmNotAllowed);
        }
    }

    private TokenValidationParameters Parameters(string algorithm, SecurityKey key) => new()
    {
        ValidAlgorithms = [algorithm],
        IssuerSigningKey = key,

        // The candidate set is the one key chosen above; this lets an HS256 token carry a kid.
        TryAllIssuerSigningKeys = true,
        RequireSignedTokens = true,

        // Checked in CheckLifetime against the injected clock, which this library version cannot take.
        ValidateLifetime = false,
        RequireExpirationTime = false,
        ValidateAudience = true,
        ValidAudience = Audience,
        ValidateIssuer = _options.Issuer is not null,
        ValidIssuer = _options.Issuer,
        ValidateIssuerSigningKey = false,
        LogValidationExceptions = false,
        SaveSigninToken = false,
    };

    private TokenFailureReason CheckLifetime(JsonWebToken jwt)
    {
        if (!jwt.TryGetPayloadValue<long>(JwtRegisteredClaimNames.Exp, out var exp))
        {
            return TokenFailureReason.MissingExpiry;
        }

        var now = _clock.GetUtcNow();
        var skew = _options.ClockSkew;
        if (now - skew >= DateTimeOffset.FromUnixTimeSeconds(exp))
        {
            return TokenFailureReason.Expired;
        }

        if (jwt.TryGetClaim(JwtRegisteredClaimNames.Nbf, out _))
        {
            if (!jwt.TryGetPayloadValue<long>(JwtRegisteredClaimNames.Nbf, out var nbf))
            {
                return TokenFailureReason.Malformed;
            }

            if (now + skew < DateTimeOffset.FromUnixTimeSeconds(nbf))
            {
                return TokenFailureReason.NotYetValid;
            }
        }

        return TokenFailureReason.None;
    }

    private static bool KeyFits(JsonWebKey key, string algorithm)
    {
        if (!string.IsNullOrEmpty(key.Alg) && !string.Equals(key.Alg, algorithm, StringComparison.Ordinal))
        {
            return false;
        }

        return algorithm == SecurityAlgorithms.EcdsaSha256
            ? key.Kty == JsonWebAlgorithmsKeyTypes.EllipticCurve && key.Crv == JsonWebKeyECTypes.P256
            : key.Kty == JsonWebAlgorithmsKeyTypes.RSA;
    }

    private static TokenFailureReason Classify(Exception? exception) => exception switch
    {
        SecurityTokenInvalidAudienceException => TokenFailureReason.InvalidAudience,
        SecurityTokenInvalidIssuerException => TokenFailureReason.InvalidIssuer,
        SecurityTokenInvalidAlgorithmException => TokenFailureReason.AlgorithmNotAllowed,
        SecurityTokenInvalidSignatureException or SecurityTokenSignatureKeyNotFoundException => TokenFailureReason.InvalidSignature,
        _ => TokenFailureReason.Malformed,
    };

    private static bool HasJwsShape(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > MaxTokenLength)
        {
            return false;
        }

        var segments = 0;
        foreach (var range in token.AsSpan().Split('.'))
        {
            segments++;
            var segment = token.AsSpan()[range];

            // An empty segment is never valid here: an empty signature is alg "none".
            if (segments > 3 || segment.IsEmpty || segment.ContainsAnyExcept(Base64UrlChars))
            {
                return false;
            }
        }

        return segments == 3;
    }

    private TokenValidationOutcome Refuse(TokenFailureReason reason)
    {
        _logger.LogDebug("Access token refused: {Reason}", reason);
        return TokenValidationOutcome.Failure(reason);
    }
}
