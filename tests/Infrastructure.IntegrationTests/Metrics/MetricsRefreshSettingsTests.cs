using Microsoft.Extensions.Configuration;
using PageShare.Infrastructure.IntegrationTests.Geolocation;
using PageShare.Infrastructure.Metrics;

namespace PageShare.Infrastructure.IntegrationTests.Metrics;

public sealed class MetricsRefreshSettingsTests
{
    [Theory]
    [InlineData("Production", null, 900)]
    [InlineData("Development", null, 900)]
    [InlineData("Testing", null, null)]
    [InlineData("Testing", "00:00:05", 5)]
    [InlineData("Production", "01:00:00", 3600)]
    [InlineData("Production", "off", null)]
    [InlineData("Production", "0", null)]
    public void FromConfiguration_Value_GivesInterval(string environment, string? value, int? expectedSeconds)
    {
        var settings = MetricsRefreshSettings.FromConfiguration(Configuration(value), new TestHostEnvironment(environment));

        settings.Interval.Should().Be(expectedSeconds is { } s ? TimeSpan.FromSeconds(s) : null);
        settings.Enabled.Should().Be(expectedSeconds is not null);
    }

    [Theory]
    [InlineData("15 minutes")]
    [InlineData("00:00:00.5")]
    [InlineData("-00:15:00")]
    public void FromConfiguration_Invalid_ThrowsNamingTheVariable(string value)
    {
        var act = () => MetricsRefreshSettings.FromConfiguration(Configuration(value), new TestHostEnvironment("Production"));

        act.Should().Throw<InvalidOperationException>().WithMessage("*METRICS_REFRESH_INTERVAL*");
    }

    private static IConfiguration Configuration(string? value) => new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?> { [MetricsRefreshSettings.VariableName] = value })
        .Build();
}
