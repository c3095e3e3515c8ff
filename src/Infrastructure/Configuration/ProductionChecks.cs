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

        return problems;
    }

    private static bool LooksLikePlaceholder(string value) =>
        Placeholders.Any(p => value.Contains(p, StringComparison.OrdinalIgnoreCase) && value.Length < 40);
}
