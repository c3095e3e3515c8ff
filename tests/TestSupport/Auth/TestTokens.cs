using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace PageShare.TestSupport.Auth;

/// <summary>
/// Mints Supabase-shaped access tokens, valid and every kind of invalid, without the library under
/// test: header and payload are plain JSON and the signature is computed here, so a token can be
/// as wrong as a test needs.
/// </summary>
public static class TestTokens
{
    /// <summary>The legacy HS256 secret the test hosts configure (<c>SUPABASE_JWT_SECRET</c>).</summary>
    public const string Secret = "pageshare-test-only-jwt-secret-0123456789abcdef";

    /// <summary>Another secret of valid length: signatures made with it must not verify.</summary>
    public const string WrongSecret = "an-entirely-different-secret-0123456789abcdef";

    public const string DefaultEmail = "trader@example.com";

    /// <summary>Not a JWT at all.</summary>
    public const string Garbage = "this-is-not-a-jwt";

    /// <summary>A project ref as it appears in legacy API keys.</summary>
    public const string ProjectRef = "abcdefghijklmnopqrst";

    public static readonly TimeSpan DefaultLifetime = TimeSpan.FromHours(1);

    /// <summary>
    /// The claim set of a Supabase user access token (EXTERNAL_SERVICES.md 1.1); mutate the returned
    /// dictionary for odd cases. <paramref name="issuer"/> null leaves <c>iss</c> out.
    /// </summary>
    public static Dictionary<string, object?> UserClaims(
        Guid userId,
        string email = DefaultEmail,
        string? issuer = null,
        TimeSpan? lifetime = null,
        DateTimeOffset? issuedAt = null,
        bool isAnonymous = false,
        string? appRole = null)
    {
        var iat = (issuedAt ?? DateTimeOffset.UtcNow).ToUnixTimeSeconds();
        var provider = isAnonymous ? "anonymous" : "email";
        var appMetadata = new Dictionary<string, object?> { ["provider"] = provider, ["providers"] = new[] { provider } };
        if (appRole is not null)
        {
            appMetadata["role"] = appRole;
        }

        var claims = new Dictionary<string, object?>
        {
            ["aud"] = "authenticated",
            ["exp"] = iat + (long)(lifetime ?? DefaultLifetime).TotalSeconds,
            ["iat"] = iat,
            ["sub"] = userId.ToString("D"),
            ["email"] = isAnonymous ? string.Empty : email,
            ["phone"] = string.Empty,
            ["role"] = "authenticated",
            ["aal"] = "aal1",
            ["session_id"] = Guid.NewGuid().ToString("D"),
            ["is_anonymous"] = isAnonymous,
            ["app_metadata"] = appMetadata,
            ["user_metadata"] = new Dictionary<string, object?>(),
            ["amr"] = new[] { new Dictionary<string, object?> { ["method"] = isAnonymous ? "anonymous" : "password", ["timestamp"] = iat } },
        };
        if (issuer is not null)
        {
            claims["iss"] = issuer;
        }

        return claims;
    }

    /// <summary>A valid user token signed with an HS256 secret, as a legacy-secret project issues.</summary>
    public static string Hs256(
        string secret,
        Guid userId,
        string email = DefaultEmail,
        string? issuer = null,
        TimeSpan? lifetime = null,
        bool isAnonymous = false,
        string? appRole = null,
        string? kid = null) =>
        SignHs256(UserClaims(userId, email, issuer, lifetime, isAnonymous: isAnonymous, appRole: appRole), secret, kid);

    /// <summary>A user token signed by an asymmetric key, with that key's <c>kid</c>.</summary>
    public static string Signed(
        TestSigningKey key,
        Guid userId,
        string email = DefaultEmail,
        string? issuer = null,
        TimeSpan? lifetime = null,
        bool isAnonymous = false,
        string? appRole = null) =>
        Sign(UserClaims(userId, email, issuer, lifetime, isAnonymous: isAnonymous, appRole: appRole), key);

    public static string Es256(TestSigningKey key, Guid userId, string? issuer = null, string email = DefaultEmail) =>
        Signed(RequireAlgorithm(key, "ES256"), userId, email, issuer);

    public static string Rs256(TestSigningKey key, Guid userId, string? issuer = null, string email = DefaultEmail) =>
        Signed(RequireAlgorithm(key, "RS256"), userId, email, issuer);

    /// <summary>Expired <paramref name="expiredFor"/> ago (default 5 minutes, well beyond any skew).</summary>
    public static string Expired(string secret, Guid userId, string? issuer = null, TimeSpan? expiredFor = null)
    {
        var ago = expiredFor ?? TimeSpan.FromMinutes(5);
        return SignHs256(UserClaims(userId, issuer: issuer, lifetime: DefaultLifetime, issuedAt: DateTimeOffset.UtcNow - DefaultLifetime - ago), secret);
    }

    /// <summary>Expired 10 seconds ago: inside a 30 s clock skew, so still accepted.</summary>
    public static string ExpiredWithinSkew(string secret, Guid userId, string? issuer = null) =>
        Expired(secret, userId, issuer, TimeSpan.FromSeconds(10));

    public static string WrongAudience(string secret, Guid userId, string? issuer = null) =>
        SignHs256(With(UserClaims(userId, issuer: issuer), "aud", "some-other-audience"), secret);

    /// <summary><c>aud</c> as an array that contains <c>authenticated</c>: the JWT spec allows it.</summary>
    public static string AudienceArray(string secret, Guid userId, string? issuer = null) =>
        SignHs256(With(UserClaims(userId, issuer: issuer), "aud", new[] { "authenticated", "pageshare" }), secret);

    public static string WrongIssuer(string secret, Guid userId) =>
        SignHs256(UserClaims(userId, issuer: "https://other-project.supabase.co/auth/v1"), secret);

    public static string NonUuidSubject(string secret, string? issuer = null) =>
        SignHs256(With(UserClaims(Guid.NewGuid(), issuer: issuer), "sub", "user-123"), secret);

    /// <summary>A user token whose <c>role</c> is not <c>authenticated</c> but is otherwise valid.</summary>
    public static string WrongRole(string secret, Guid userId, string? issuer = null) =>
        SignHs256(With(UserClaims(userId, issuer: issuer), "role", "anon"), secret);

    /// <summary>A legacy <c>anon</c> API key: HS256 with the project secret, no sub, no aud, ~10-year expiry.</summary>
    public static string AnonKey(string secret) => SignHs256(LegacyApiKeyClaims("anon"), secret);

    /// <summary>A legacy <c>service_role</c> API key: same shape as <see cref="AnonKey"/>.</summary>
    public static string ServiceRoleKey(string secret) => SignHs256(LegacyApiKeyClaims("service_role"), secret);

    /// <summary>An unsigned token (<c>alg: none</c>, empty signature) with a valid user claim set.</summary>
    public static string AlgNone(Guid userId, string? issuer = null) =>
        Encode(new Dictionary<string, object?> { ["alg"] = "none", ["typ"] = "JWT" }, UserClaims(userId, issuer: issuer), _ => []);

    public static string AnonymousUser(string secret, Guid userId, string? issuer = null) =>
        Hs256(secret, userId, issuer: issuer, isAnonymous: true);

    /// <summary>A user whose server-set <c>app_metadata.role</c> is <c>admin</c>.</summary>
    public static string Admin(string secret, Guid userId, string? issuer = null) =>
        Hs256(secret, userId, issuer: issuer, appRole: "admin");

    public static string SignHs256(IReadOnlyDictionary<string, object?> claims, string secret, string? kid = null)
    {
        var header = new Dictionary<string, object?> { ["alg"] = "HS256", ["typ"] = "JWT" };
        if (kid is not null)
        {
            header["kid"] = kid;
        }

        return Encode(header, claims, data => HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), data));
    }

    /// <param name="kid">Overrides the key's own <c>kid</c> in the header.</param>
    public static string Sign(IReadOnlyDictionary<string, object?> claims, TestSigningKey key, string? kid = null)
    {
        ArgumentNullException.ThrowIfNull(key);
        var header = new Dictionary<string, object?> { ["alg"] = key.Algorithm, ["typ"] = "JWT", ["kid"] = kid ?? key.Kid };
        return Encode(header, claims, key.Sign);
    }

    /// <summary>Any header, any payload, any signature function: for cases nothing above covers.</summary>
    public static string Encode(
        IReadOnlyDictionary<string, object?> header,
        IReadOnlyDictionary<string, object?> claims,
        Func<byte[], byte[]> sign)
    {
        ArgumentNullException.ThrowIfNull(sign);
        var signingInput = $"{Segment(header)}.{Segment(claims)}";
        return $"{signingInput}.{Base64Url.EncodeToString(sign(Encoding.ASCII.GetBytes(signingInput)))}";
    }

    /// <summary>A copy of <paramref name="claims"/> with one claim replaced (null removes it).</summary>
    public static Dictionary<string, object?> With(IReadOnlyDictionary<string, object?> claims, string name, object? value)
    {
        var copy = new Dictionary<string, object?>(claims);
        if (value is null)
        {
            copy.Remove(name);
        }
        else
        {
            copy[name] = value;
        }

        return copy;
    }

    private static Dictionary<string, object?> LegacyApiKeyClaims(string role)
    {
        var iat = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        return new Dictionary<string, object?>
        {
            ["iss"] = "supabase",
            ["ref"] = ProjectRef,
            ["role"] = role,
            ["iat"] = iat,
            ["exp"] = iat + (long)TimeSpan.FromDays(3650).TotalSeconds,
        };
    }

    private static TestSigningKey RequireAlgorithm(TestSigningKey key, string algorithm)
    {
        ArgumentNullException.ThrowIfNull(key);
        return key.Algorithm == algorithm
            ? key
            : throw new ArgumentException($"Key {key.Kid} is {key.Algorithm}, not {algorithm}.", nameof(key));
    }

    private static string Segment(IReadOnlyDictionary<string, object?> json) =>
        Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(json));
}
