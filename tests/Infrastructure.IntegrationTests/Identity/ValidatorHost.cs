using Microsoft.Extensions.DependencyInjection;
using PageShare.Infrastructure.Identity;

namespace PageShare.Infrastructure.IntegrationTests.Identity;

/// <summary>The validator as production wires it (<see cref="IdentityServiceCollectionExtensions"/>), with an optional clock.</summary>
internal sealed class ValidatorHost : IDisposable
{
    private readonly ServiceProvider _provider;

    public ValidatorHost(SupabaseAuthOptions options, TimeProvider? clock = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        if (clock is not null)
        {
            services.AddSingleton<TimeProvider>(clock);
        }

        services.AddSupabaseAuthentication(options);
        _provider = services.BuildServiceProvider();
        Validator = _provider.GetRequiredService<SupabaseTokenValidator>();
    }

    public SupabaseTokenValidator Validator { get; }

    public Task<TokenValidationOutcome> ValidateAsync(string token) => Validator.ValidateAsync(token, CancellationToken.None);

    public void Dispose() => _provider.Dispose();
}
