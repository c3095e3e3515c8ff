namespace PageShare.Infrastructure.Configuration;

/// <summary>
/// API.md's <c>ENVIRONMENT</c> variable selects the host environment when ASP.NET's own variables are unset;
/// unset everywhere means production, so a forgotten variable never relaxes a check.
/// </summary>
public static class PageShareEnvironment
{
    public const string Development = "Development";
    public const string Production = "Production";

    /// <summary>
    /// The environment name to impose, or null to leave the host's own resolution alone (ASP.NET's variables,
    /// a test host's setting, else Production).
    /// </summary>
    public static string? Resolve(Func<string, string?> getVariable)
    {
        var explicitName = getVariable("ASPNETCORE_ENVIRONMENT") ?? getVariable("DOTNET_ENVIRONMENT");
        var environment = getVariable("ENVIRONMENT");
        if (!string.IsNullOrWhiteSpace(explicitName) || string.IsNullOrWhiteSpace(environment))
        {
            return null;
        }

        return environment.Trim().ToLowerInvariant() switch
        {
            "development" or "dev" or "local" => Development,
            "staging" => "Staging",
            "test" or "testing" => "Testing",
            _ => Production,
        };
    }
}
