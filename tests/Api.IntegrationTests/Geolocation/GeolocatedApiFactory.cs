using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using PageShare.Api.IntegrationTests.Infrastructure;
using PageShare.TestSupport.IpApi;

namespace PageShare.Api.IntegrationTests.Geolocation;

/// <summary>
/// The API behind a trusted proxy (10.0.0.1), geolocating with the real ip-api adapter against the loopback fake.
/// The test server has no socket, so a first middleware plays the proxy's connection address.
/// </summary>
public sealed class GeolocatedApiFactory : PageShareApiFactory
{
    public const string ProxyAddress = "10.0.0.1";

    public FakeIpApiServer IpApi { get; private set; } = null!;

    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["GEOLOCATION_PROVIDER"] = "ip-api",
        ["IP_API_BASE_URL"] = IpApi.BaseUrl,
        ["TRUSTED_PROXIES"] = ProxyAddress,
    };

    public override async Task InitializeAsync()
    {
        IpApi = await FakeIpApiServer.StartAsync();
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await IpApi.DisposeAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<IStartupFilter>(new ProxyConnectionFilter()));
    }

    private sealed class ProxyConnectionFilter : IStartupFilter
    {
        public Action<Microsoft.AspNetCore.Builder.IApplicationBuilder> Configure(Action<Microsoft.AspNetCore.Builder.IApplicationBuilder> next) => app =>
        {
            app.Use(nextMiddleware => context =>
            {
                context.Connection.RemoteIpAddress = IPAddress.Parse(ProxyAddress);
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
