using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PageShare.Application.Geolocation;
using PageShare.Infrastructure.Geolocation;
using PageShare.TestSupport.IpApi;

namespace PageShare.Infrastructure.IntegrationTests.Geolocation;

public sealed class GeolocationRegistrationTests
{
    private const string ExpectedQuery = "?fields=status,message,country,countryCode,timezone,query";

    [Fact]
    public async Task AddGeolocation_ProviderUnset_RegistersIpApi()
    {
        await using var host = GeolocationHost.Create(new Dictionary<string, string?>());

        host.Geolocation.Should().BeOfType<IpApiGeolocationService>();
    }

    [Theory]
    [InlineData("none")]
    [InlineData(" NONE ")]
    public async Task AddGeolocation_ProviderNone_RegistersTheProviderThatKnowsNothing(string provider)
    {
        await using var host = GeolocationHost.Create(new Dictionary<string, string?> { ["GEOLOCATION_PROVIDER"] = provider });

        var location = await host.Geolocation.LocateAsync(IPAddress.Parse("8.8.8.8"), CancellationToken.None);

        host.Geolocation.Should().BeOfType<NoGeolocationService>();
        location.Should().Be(GeoLocation.Unknown);
    }

    [Fact]
    public async Task AddGeolocation_ProviderIpApi_RegistersIpApi()
    {
        await using var host = GeolocationHost.Create(new Dictionary<string, string?> { ["GEOLOCATION_PROVIDER"] = "ip-api" });

        host.Geolocation.Should().BeOfType<IpApiGeolocationService>();
    }

    [Fact]
    public void AddGeolocation_UnknownProvider_ThrowsNamingTheVariableAndTheChoices()
    {
        var act = () => GeolocationHost.Create(new Dictionary<string, string?> { ["GEOLOCATION_PROVIDER"] = "maxmind" });

        act.Should().Throw<InvalidOperationException>()
            .WithMessage("*GEOLOCATION_PROVIDER*maxmind*ip-api*none*");
    }

    [Theory]
    [InlineData("not a url")]
    [InlineData("ftp://ip-api.com")]
    [InlineData("http://ip-api.com/?x=1")]
    public void AddGeolocation_InvalidBaseUrl_ThrowsNamingTheVariable(string baseUrl)
    {
        var act = () => GeolocationHost.Create(new Dictionary<string, string?> { ["IP_API_BASE_URL"] = baseUrl });

        act.Should().Throw<InvalidOperationException>().WithMessage("*IP_API_BASE_URL*");
    }

    [Fact]
    public async Task LocateAsync_WithoutKey_CallsTheFreeEndpointOverHttpWithoutKey()
    {
        var requests = new ConcurrentQueue<Uri>();
        await using var host = CreateRecordingHost(new Dictionary<string, string?>(), requests);

        await host.Geolocation.LocateAsync(IPAddress.Parse("8.8.8.8"), CancellationToken.None);

        requests.Should().ContainSingle().Which.AbsoluteUri.Should().Be("http://ip-api.com/json/8.8.8.8" + ExpectedQuery);
    }

    [Fact]
    public async Task LocateAsync_WithKey_CallsTheProEndpointOverHttpsWithTheKey()
    {
        var requests = new ConcurrentQueue<Uri>();
        await using var host = CreateRecordingHost(new Dictionary<string, string?> { ["IP_API_KEY"] = "k3y+/=" }, requests);

        var location = await host.Geolocation.LocateAsync(IPAddress.Parse("8.8.8.8"), CancellationToken.None);

        location.CountryCode.Should().Be("US");
        requests.Should().ContainSingle().Which.AbsoluteUri.Should()
            .Be("https://pro.ip-api.com/json/8.8.8.8" + ExpectedQuery + "&key=k3y%2B%2F%3D");
    }

    [Fact]
    public async Task LocateAsync_WithKeyAndBaseUrl_SendsTheKeyToTheConfiguredBase()
    {
        await using var fake = await FakeIpApiServer.StartAsync();
        await using var host = GeolocationHost.Create(new Dictionary<string, string?>
        {
            ["IP_API_KEY"] = "test-key",
            ["IP_API_BASE_URL"] = fake.BaseUrl,
        });

        var location = await host.Geolocation.LocateAsync(IPAddress.Parse("8.8.8.8"), CancellationToken.None);

        location.CountryCode.Should().Be("US");
        fake.RequestTargets.Should().ContainSingle().Which.Should().EndWith("&key=test-key");
    }

    [Fact]
    public async Task StartupNotice_ProductionWithoutKey_WarnsAboutHttpAndNonCommercialUse()
    {
        await using var host = GeolocationHost.Create(new Dictionary<string, string?>(), environmentName: "Production");

        await host.StartHostedServicesAsync();

        host.Logs.Entries.Should().ContainSingle(e => e.Level == LogLevel.Warning)
            .Which.Message.Should().Contain("HTTP only").And.Contain("non-commercial").And.Contain("IP_API_KEY");
    }

    [Theory]
    [InlineData("Development", null)]
    [InlineData("Production", "a-key")]
    public async Task StartupNotice_DevelopmentOrKeySet_StaysQuiet(string environment, string? key)
    {
        await using var host = GeolocationHost.Create(new Dictionary<string, string?> { ["IP_API_KEY"] = key }, environmentName: environment);

        await host.StartHostedServicesAsync();

        host.Logs.Entries.Should().NotContain(e => e.Level >= LogLevel.Warning);
    }

    private static GeolocationHost CreateRecordingHost(Dictionary<string, string?> settings, ConcurrentQueue<Uri> requests) =>
        GeolocationHost.Create(settings, extra: services => services
            .AddHttpClient(IpApiGeolocationService.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(() => new RecordingHandler(requests)));
}
