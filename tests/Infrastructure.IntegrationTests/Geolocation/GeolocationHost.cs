using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PageShare.Application.Geolocation;
using PageShare.Infrastructure.Geolocation;
using PageShare.TestSupport.Auth;

namespace PageShare.Infrastructure.IntegrationTests.Geolocation;

/// <summary>The production registration (<c>AddGeolocation</c>) in a bare container with a manual clock and captured logs.</summary>
public sealed class GeolocationHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private GeolocationHost(ServiceProvider services, ManualTimeProvider clock, CapturingLoggerProvider logs)
    {
        _services = services;
        Clock = clock;
        Logs = logs;
    }

    public ManualTimeProvider Clock { get; }

    public CapturingLoggerProvider Logs { get; }

    public IServiceProvider Services => _services;

    public IGeolocationService Geolocation => _services.GetRequiredService<IGeolocationService>();

    public static GeolocationHost Create(
        IReadOnlyDictionary<string, string?> settings,
        ManualTimeProvider? clock = null,
        Action<IpApiOptions>? configure = null,
        Action<IServiceCollection>? extra = null,
        string environmentName = "Testing")
    {
        clock ??= new ManualTimeProvider(new DateTimeOffset(2026, 1, 5, 12, 0, 0, TimeSpan.Zero));
        var logs = new CapturingLoggerProvider();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
        services.AddSingleton<TimeProvider>(clock);
        services.AddSingleton<IHostEnvironment>(new TestHostEnvironment(environmentName));
        services.AddGeolocation(configuration, configure);
        extra?.Invoke(services);
        return new GeolocationHost(services.BuildServiceProvider(), clock, logs);
    }

    public async Task StartHostedServicesAsync()
    {
        foreach (var hosted in _services.GetServices<IHostedService>())
        {
            await hosted.StartAsync(CancellationToken.None);
        }
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
