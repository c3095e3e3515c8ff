using Microsoft.Extensions.Configuration;

namespace PageShare.Infrastructure.Identity;

/// <summary>
/// How Supabase access tokens are verified. Bound from the environment variable names
/// (<c>SUPABASE_URL</c>, <c>SUPABASE_JWT_SECRET</c>, <c>SUPABASE_JWT_ISSUER</c>, <c>SUPABASE_JWKS_URL</c>).
/// </summary>
public sealed class SupabaseAuthOptions
{
    public const string SupabaseUrlKey = "SUPABASE_URL";
    public const string JwtSecretKey = "SUPABASE_JWT_SECRET";
    public const string JwtIssuerKey = "SUPABASE_JWT_ISSUER";
    public const string JwksUrlKey = "SUPABASE_JWKS_URL";

    /// <summary>
    /// Signs and verifies tokens on a developer machine only; production start-up refuses it
    /// (<see cref="ValidateForProduction"/>), so a leaked dev token opens nothing real.
    /// </summary>
    public const string DevelopmentJwtSecret = "pageshare-local-development-only-jwt-secret-never-use-in-production";

    /// <summary>Tokens issued without any configured issuer (dev only) carry this <c>iss</c>.</summary>
    public const string DevelopmentIssuer = "pageshare-dev";

    public const int MinimumSecretLength = 32;

    // Fragments that cannot occur by chance in a real (random, base64) secret, so no real value is refused.
    private static readonly string[] PlaceholderFragments =
        ["your-", "your_", "changeme", "change-me", "change_me", "placeholder", "example", "secret-here"];

    /// <summary>The project URL, e.g. <c>https://abc.supabase.co</c>, without a trailing slash.</summary>
    public string? SupabaseUrl { get; init; }

    /// <summary>The legacy HS256 secret; HS256 tokens are refused when it is null.</summary>
    public string? JwtSecret { get; init; }

    /// <summary><c>SUPABASE_JWT_ISSUER</c>: replaces the issuer derived from <see cref="SupabaseUrl"/>.</summary>
    public string? IssuerOverride { get; init; }

    /// <summary><c>SUPABASE_JWKS_URL</c>: replaces the JWKS address derived from <see cref="SupabaseUrl"/>.</summary>
    public string? JwksUrlOverride { get; init; }

    public bool IsDevelopment { get; init; }

    /// <summary>Leeway on <c>exp</c> and <c>nbf</c>; Supabase documents none, 30 s covers ordinary clock drift.</summary>
    public TimeSpan ClockSkew { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Auth sends <c>max-age=600</c>; caching longer would delay a revocation further.</summary>
    public TimeSpan JwksCacheDuration { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Minimum time between two refreshes caused by an unknown <c>kid</c>.</summary>
    public TimeSpan JwksRefreshCooldown { get; init; } = TimeSpan.FromSeconds(30);

    public TimeSpan JwksTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>The <c>iss</c> every token must carry, or null when none is configured.</summary>
    public string? Issuer => IssuerOverride ?? (SupabaseUrl is null ? null : SupabaseUrl + "/auth/v1");

    /// <summary>Where the public signing keys are, or null when asymmetric tokens cannot be verified.</summary>
    public Uri? JwksUri
    {
        get
        {
            var raw = JwksUrlOverride ?? (SupabaseUrl is null ? null : SupabaseUrl + "/auth/v1/.well-known/jwks.json");
            return raw is not null && Uri.TryCreate(raw, UriKind.Absolute, out var uri) ? uri : null;
        }
    }

    public bool AllowsHs256 => !string.IsNullOrEmpty(JwtSecret);

    public bool AllowsAsymmetric => JwksUri is not null;

    public bool UsesDevelopmentSecret => string.Equals(JwtSecret, DevelopmentJwtSecret, StringComparison.Ordinal);

    public static SupabaseAuthOptions FromConfiguration(IConfiguration configuration, bool isDevelopment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var secret = Read(configuration, JwtSecretKey);
        return new SupabaseAuthOptions
        {
            SupabaseUrl = Read(configuration, SupabaseUrlKey)?.TrimEnd('/'),
            JwtSecret = secret ?? (isDevelopment ? DevelopmentJwtSecret : null),
            IssuerOverride = Read(configuration, JwtIssuerKey),
            JwksUrlOverride = Read(configuration, JwksUrlKey),
            IsDevelopment = isDevelopment,
        };
    }

    /// <summary>What is wrong with this configuration for a production start; empty when fine.</summary>
    public IReadOnlyList<string> ValidateForProduction()
    {
        var problems = new List<string>();
        if (SupabaseUrl is null && JwtSecret is null)
        {
            problems.Add($"Neither {SupabaseUrlKey} nor {JwtSecretKey} is set: set {SupabaseUrlKey} to the project URL (signing keys from its JWKS) and/or {JwtSecretKey} to the project's legacy JWT secret.");
        }

        CheckUrl(problems, SupabaseUrlKey, SupabaseUrl);
        CheckUrl(problems, JwksUrlKey, JwksUrlOverride);
        if (JwtSecret is not null)
        {
            CheckSecret(problems, JwtSecret);
        }

        return problems;
    }

    private static void CheckSecret(List<string> problems, string secret)
    {
        if (string.Equals(secret, DevelopmentJwtSecret, StringComparison.Ordinal))
        {
            problems.Add($"{JwtSecretKey} is the built-in development secret; set the project's real JWT secret.");
            return;
        }

        if (LooksLikePlaceholder(secret))
        {
            problems.Add($"{JwtSecretKey} looks like a placeholder value; set the project's real JWT secret (Supabase dashboard, JWT keys).");
        }

        if (secret.Length < MinimumSecretLength)
        {
            problems.Add($"{JwtSecretKey} is shorter than {MinimumSecretLength} characters; HS256 needs at least 32.");
        }
    }

    private static void CheckUrl(List<string> problems, string key, string? value)
    {
        if (value is null)
        {
            return;
        }

        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            problems.Add($"{key} is not an absolute http(s) URL.");
            return;
        }

        if (LooksLikePlaceholder(value))
        {
            problems.Add($"{key} looks like a placeholder value; set the project's real URL.");
        }
        else if (uri.Scheme != Uri.UriSchemeHttps && !uri.IsLoopback)
        {
            problems.Add($"{key} must use https outside a loopback address.");
        }
    }

    private static bool LooksLikePlaceholder(string value)
    {
        if (value.Contains('[', StringComparison.Ordinal) || value.Contains('<', StringComparison.Ordinal)
            || value.Contains("...", StringComparison.Ordinal))
        {
            return true;
        }

        return PlaceholderFragments.Any(fragment => value.Contains(fragment, StringComparison.OrdinalIgnoreCase));
    }

    private static string? Read(IConfiguration configuration, string key)
    {
        var value = configuration[key]?.Trim();
        return string.IsNullOrEmpty(value) ? null : value;
    }
}
