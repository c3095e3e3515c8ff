using Microsoft.Extensions.Configuration;
using PageShare.Infrastructure.Identity;

namespace PageShare.Infrastructure.Configuration;

/// <summary>Production refuses to start with a missing or placeholder secret, naming the variable.</summary>
public static class ProductionChecks
{
    private static readonly string[] Placeholders = ["changeme", "change-me", "placeholder", "your-", "example", "secret", "[", "<"];

    public static IReadOnlyList<string> Find(IConfiguration configuration, SupabaseAuthOptions auth)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(configuration["DATABASE_URL"]))
        {
            problems.Add("DATABASE_URL is not set.");
        }

        problems.AddRange(auth.ValidateForProduction());

        var salt = configuration["IP_HASH_SALT"];
        if (string.IsNullOrWhiteSpace(salt) || salt.Length < 16 || LooksLikePlaceholder(salt))
        {
            problems.Add("IP_HASH_SALT must be a random value of at least 16 characters in production.");
        }

        if (string.IsNullOrWhiteSpace(configuration["SUPABASE_SERVICE_ROLE_KEY"]) && string.IsNullOrWhiteSpace(configuration["PUBLIC_BASE_URL"]))
        {
            problems.Add("PUBLIC_BASE_URL must be set when files are stored locally in production (or set SUPABASE_SERVICE_ROLE_KEY to use Supabase Storage).");
        }

        return problems;
    }

    private static bool LooksLikePlaceholder(string value) =>
        Placeholders.Any(p => value.Contains(p, StringComparison.OrdinalIgnoreCase) && value.Length < 40);
}
