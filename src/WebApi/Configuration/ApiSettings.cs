namespace PageShare.WebApi.Configuration;

/// <summary>HTTP-level settings from the environment variables of API.md.</summary>
public sealed record ApiSettings(string Prefix, IReadOnlyList<string> CorsOrigins)
{
    public static ApiSettings FromConfiguration(IConfiguration configuration)
    {
        var prefix = configuration["API_PREFIX"] is { Length: > 0 } p ? "/" + p.Trim('/') : "/api/v1";
        var origins = (configuration["CORS_ORIGINS"] ?? "http://localhost:3000,http://127.0.0.1:3000")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new ApiSettings(prefix, origins);
    }
}
