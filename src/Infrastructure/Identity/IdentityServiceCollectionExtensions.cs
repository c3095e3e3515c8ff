using System.Net.Http.Headers;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PageShare.Application.Common.Interfaces;

namespace PageShare.Infrastructure.Identity;

public static class IdentityServiceCollectionExtensions
{
    // A JWKS is a few hundred bytes; cap what a misbehaving endpoint can make us buffer.
    private const int MaxJwksBytes = 64 * 1024;

    /// <summary>
    /// Supabase bearer authentication as the default scheme, the token validator (singleton, owns the
    /// JWKS cache) and a scoped <see cref="ICurrentUser"/>. Call <c>AddAuthorization</c> and the
    /// authentication/authorization middleware separately.
    /// </summary>
    public static IServiceCollection AddSupabaseAuthentication(this IServiceCollection services, SupabaseAuthOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        services.AddSingleton(options);
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient(SupabaseAuthenticationDefaults.JwksHttpClientName, client =>
        {
            client.Timeout = options.JwksTimeout;
            client.MaxResponseContentBufferSize = MaxJwksBytes;
            client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        });
        services.AddSingleton<SupabaseTokenValidator>();
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentUser, HttpCurrentUser>();
        services
            .AddAuthentication(authentication =>
            {
                authentication.DefaultScheme = SupabaseAuthenticationDefaults.Scheme;
                authentication.DefaultAuthenticateScheme = SupabaseAuthenticationDefaults.Scheme;
                authentication.DefaultChallengeScheme = SupabaseAuthenticationDefaults.Scheme;
                authentication.DefaultForbidScheme = SupabaseAuthenticationDefaults.Scheme;
            })
            .AddScheme<AuthenticationSchemeOptions, SupabaseAuthenticationHandler>(SupabaseAuthenticationDefaults.Scheme, configureOptions: null);
        return services;
    }
}
