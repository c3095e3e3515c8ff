using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.Logging;
using PageShare.Application.Geolocation;
using PageShare.Infrastructure.Geolocation;
using PageShare.TestSupport.Auth;
using PageShare.TestSupport.IpApi;

namespace PageShare.Infrastructure.IntegrationTests.Geolocation;

/// <summary>The ip-api adapter against the loopback fake, through the production registration.</summary>
public sealed class IpApiGeolocationServiceTests : IAsyncLifetime
{
    private static readonly IPAddress London = IPAddress.Parse("81.2.69.142");

    private readonly ManualTimeProvider _clock = new(new DateTimeOffset(2026, 1, 5, 12, 0, 0, TimeSpan.Zero));
    private FakeIpApiServer _fake = null!;
    private GeolocationHost _host = null!;

    public async Task InitializeAsync()
    {
        _fake = await FakeIpApiServer.StartAsync(_clock);
        _host = CreateHost();
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _fake.DisposeAsync();
    }

    [Fact]
    public async Task LocateAsync_PublicAddress_ReturnsCountryNameAndTimezone()
    {
        var location = await LocateAsync(London);

        location.Should().Be(new GeoLocation("GB", "United Kingdom", "Europe/London"));
    }

    [Fact]
    public async Task LocateAsync_PublicIpv6Address_ReturnsLocation()
    {
        var location = await LocateAsync(IPAddress.Parse("2a00:1450:4001:81b::200e"));

        location.Should().Be(new GeoLocation("DE", "Germany", "Europe/Berlin"));
    }

    [Fact]
    public async Task LocateAsync_PublicAddress_AsksForNamedFieldsKeepingStatusAndMessage()
    {
        await LocateAsync(London);

        _fake.RequestTargets.Should().Equal("/json/81.2.69.142?fields=status,message,country,countryCode,timezone,query");
    }

    [Fact]
    public async Task LocateAsync_Ipv4MappedAddress_AsksForThePlainIpv4()
    {
        await LocateAsync(IPAddress.Parse("::ffff:81.2.69.142"));

        _fake.RequestsFor("81.2.69.142").Should().Be(1);
    }

    [Fact]
    public async Task LocateAsync_FailPrivateRange_ReturnsUnknown()
    {
        _fake.SetFailure("81.2.69.142", "private range");

        var location = await LocateAsync(London);

        location.Should().Be(GeoLocation.Unknown);
        _fake.RequestCount.Should().Be(1);
    }

    [Theory]
    [InlineData("10.1.2.3")]
    [InlineData("172.16.0.1")]
    [InlineData("172.31.255.255")]
    [InlineData("192.168.1.1")]
    [InlineData("127.0.0.1")]
    [InlineData("127.255.0.9")]
    [InlineData("0.0.0.0")]
    [InlineData("169.254.10.20")]
    [InlineData("100.64.0.1")]
    [InlineData("100.127.255.254")]
    [InlineData("224.0.0.251")]
    [InlineData("239.255.255.250")]
    [InlineData("240.0.0.1")]
    [InlineData("255.255.255.255")]
    [InlineData("192.0.2.10")]
    [InlineData("198.51.100.7")]
    [InlineData("203.0.113.99")]
    [InlineData("198.18.0.1")]
    [InlineData("::")]
    [InlineData("::1")]
    [InlineData("fe80::1")]
    [InlineData("fc00::1")]
    [InlineData("fd12:3456:789a::1")]
    [InlineData("ff02::1")]
    [InlineData("2001:db8::1")]
    [InlineData("3fff::1")]
    [InlineData("::ffff:192.168.1.1")]
    [InlineData("::ffff:127.0.0.1")]
    [InlineData("64:ff9b::808:808")]
    public async Task LocateAsync_NonPublicAddress_ReturnsUnknownWithoutARequest(string address)
    {
        var location = await LocateAsync(IPAddress.Parse(address));

        location.Should().Be(GeoLocation.Unknown);
        _fake.RequestCount.Should().Be(0);
    }

    [Fact]
    public async Task LocateAsync_SameAddressTwice_AnswersTheSecondFromTheCache()
    {
        var first = await LocateAsync(London);

        var second = await LocateAsync(London);

        second.Should().Be(first);
        _fake.RequestCount.Should().Be(1);
    }

    [Fact]
    public async Task LocateAsync_CachedSuccess_AsksAgainAfter24Hours()
    {
        await LocateAsync(London);
        _clock.Advance(TimeSpan.FromHours(23));
        await LocateAsync(London);
        _fake.RequestCount.Should().Be(1);

        _clock.Advance(TimeSpan.FromHours(1) + TimeSpan.FromSeconds(1));
        var location = await LocateAsync(London);

        location.CountryCode.Should().Be("GB");
        _fake.RequestCount.Should().Be(2);
    }

    [Fact]
    public async Task LocateAsync_CachedFailAnswer_ExpiresSoonerThanASuccess()
    {
        _fake.SetFailure("81.2.69.142", "private range");
        await LocateAsync(London);
        await LocateAsync(London);
        _fake.RequestCount.Should().Be(1);

        _clock.Advance(TimeSpan.FromHours(1) + TimeSpan.FromSeconds(1));
        await LocateAsync(London);

        _fake.RequestCount.Should().Be(2);
    }

    [Fact]
    public async Task LocateAsync_TooManyRequestsWithTtl_ReturnsUnknownAndPausesUntilTheTtlPasses()
    {
        _fake.ExhaustWindow();

        var limited = await LocateAsync(London);
        await LocateAsync(IPAddress.Parse("8.8.8.8"));
        _clock.Advance(TimeSpan.FromSeconds(59));
        await LocateAsync(IPAddress.Parse("8.8.4.4"));

        limited.Should().Be(GeoLocation.Unknown);
        _fake.RequestCount.Should().Be(1);

        _clock.Advance(TimeSpan.FromSeconds(2));
        var resumed = await LocateAsync(London);

        resumed.CountryCode.Should().Be("GB");
        _fake.RequestCount.Should().Be(2);
    }

    [Fact]
    public async Task LocateAsync_TooManyRequestsWithoutTtl_PausesForTheDefaultMinute()
    {
        _fake.SendTtlHeader = false;
        _fake.ExhaustWindow();
        await LocateAsync(London);
        _clock.Advance(TimeSpan.FromSeconds(59));

        await LocateAsync(IPAddress.Parse("8.8.8.8"));

        _fake.RequestCount.Should().Be(1);

        _clock.Advance(TimeSpan.FromSeconds(2));
        var resumed = await LocateAsync(London);

        resumed.CountryCode.Should().Be("GB");
        _fake.RequestCount.Should().Be(2);
    }

    [Fact]
    public async Task LocateAsync_TooManyRequests_IsNotRetried()
    {
        _fake.ExhaustWindow();

        await LocateAsync(London);

        _fake.RequestCount.Should().Be(1);
    }

    [Fact]
    public async Task LocateAsync_SuccessWithBudgetSpent_SendsNothingUntilTheWindowResets()
    {
        _fake.WindowSize = 2;
        await LocateAsync(IPAddress.Parse("8.8.8.8"));
        await LocateAsync(IPAddress.Parse("8.8.4.4"));

        var skipped = await LocateAsync(London);

        skipped.Should().Be(GeoLocation.Unknown);
        _fake.RequestCount.Should().Be(2);

        _clock.Advance(TimeSpan.FromSeconds(61));
        var resumed = await LocateAsync(London);

        resumed.CountryCode.Should().Be("GB");
        _fake.RequestCount.Should().Be(3);
    }

    [Fact]
    public async Task LocateAsync_SlowAnswer_TimesOutAndReturnsUnknown()
    {
        await _host.DisposeAsync();
        _host = CreateHost(options => options.Timeout = TimeSpan.FromMilliseconds(200));
        _fake.Mode = FakeIpApiMode.Slow;
        var stopwatch = Stopwatch.StartNew();

        var location = await LocateAsync(London);

        location.Should().Be(GeoLocation.Unknown);
        stopwatch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(3));
        _fake.RequestCount.Should().Be(2, "a timeout is transient and gets one retry");
    }

    [Fact]
    public async Task LocateAsync_OneServerError_RetriesOnceAndSucceeds()
    {
        _fake.EnqueueMode(FakeIpApiMode.ServerError);

        var location = await LocateAsync(London);

        location.CountryCode.Should().Be("GB");
        _fake.RequestCount.Should().Be(2);
    }

    [Fact]
    public async Task LocateAsync_OneDroppedConnection_RetriesOnceAndSucceeds()
    {
        _fake.EnqueueMode(FakeIpApiMode.DropConnection);

        var location = await LocateAsync(London);

        location.CountryCode.Should().Be("GB");
        _fake.RequestCount.Should().Be(2);
    }

    [Fact]
    public async Task LocateAsync_ServerErrorsPersist_ReturnsUnknownAfterOneRetry()
    {
        _fake.Mode = FakeIpApiMode.ServerError;

        var location = await LocateAsync(London);

        location.Should().Be(GeoLocation.Unknown);
        _fake.RequestCount.Should().Be(2);
    }

    [Fact]
    public async Task LocateAsync_ServerErrorAnswer_IsNotCached()
    {
        _fake.Mode = FakeIpApiMode.ServerError;
        await LocateAsync(London);
        _fake.Mode = FakeIpApiMode.Normal;

        var location = await LocateAsync(London);

        location.CountryCode.Should().Be("GB");
    }

    [Fact]
    public async Task LocateAsync_RepeatedFailures_OpenTheCircuitAndStopCalling()
    {
        _fake.Mode = FakeIpApiMode.ServerError;
        for (var i = 1; i <= 3; i++)
        {
            await LocateAsync(IPAddress.Parse($"8.8.8.{i}"));
        }

        _fake.RequestCount.Should().Be(6);

        _fake.Mode = FakeIpApiMode.Normal;
        var whileOpen = await LocateAsync(London);

        whileOpen.Should().Be(GeoLocation.Unknown);
        _fake.RequestCount.Should().Be(6);
        _host.Logs.Entries.Should().ContainSingle(e => e.Level == LogLevel.Warning && e.Message.Contains("circuit opened"));
    }

    [Fact]
    public async Task LocateAsync_AfterTheBreak_OneTrialClosesTheCircuit()
    {
        _fake.Mode = FakeIpApiMode.ServerError;
        for (var i = 1; i <= 3; i++)
        {
            await LocateAsync(IPAddress.Parse($"8.8.8.{i}"));
        }

        _fake.Mode = FakeIpApiMode.Normal;
        _clock.Advance(TimeSpan.FromSeconds(31));

        var trial = await LocateAsync(London);
        var next = await LocateAsync(IPAddress.Parse("8.8.4.4"));

        trial.CountryCode.Should().Be("GB");
        next.CountryCode.Should().Be("US");
        _fake.RequestCount.Should().Be(8);
    }

    [Fact]
    public async Task LocateAsync_FailedTrial_OpensTheCircuitAgain()
    {
        _fake.Mode = FakeIpApiMode.ServerError;
        for (var i = 1; i <= 3; i++)
        {
            await LocateAsync(IPAddress.Parse($"8.8.8.{i}"));
        }

        _clock.Advance(TimeSpan.FromSeconds(31));
        await LocateAsync(London);
        _fake.RequestCount.Should().Be(8);

        _fake.Mode = FakeIpApiMode.Normal;
        var location = await LocateAsync(IPAddress.Parse("8.8.4.4"));

        location.Should().Be(GeoLocation.Unknown);
        _fake.RequestCount.Should().Be(8);
    }

    [Fact]
    public async Task LocateAsync_SslUnavailable403_ReturnsUnknownAndWarnsOncePerPeriod()
    {
        _fake.Mode = FakeIpApiMode.SslUnavailable;

        var first = await LocateAsync(IPAddress.Parse("8.8.8.8"));
        var second = await LocateAsync(IPAddress.Parse("8.8.4.4"));

        first.Should().Be(GeoLocation.Unknown);
        second.Should().Be(GeoLocation.Unknown);
        _fake.RequestCount.Should().Be(2, "a 403 is not transient and is not retried");
        _host.Logs.Entries.Where(e => e.Level == LogLevel.Warning && e.Message.Contains("403"))
            .Should().ContainSingle().Which.Message.Should().Contain("SSL unavailable");

        _clock.Advance(TimeSpan.FromHours(1) + TimeSpan.FromMinutes(1));
        await LocateAsync(IPAddress.Parse("1.1.1.1"));

        _host.Logs.Entries.Count(e => e.Level == LogLevel.Warning && e.Message.Contains("403")).Should().Be(2);
    }

    [Fact]
    public async Task LocateAsync_InvalidKey403_ReturnsUnknown()
    {
        _fake.Mode = FakeIpApiMode.InvalidKey;

        var location = await LocateAsync(London);

        location.Should().Be(GeoLocation.Unknown);
        _host.Logs.Entries.Should().Contain(e => e.Level == LogLevel.Warning && e.Message.Contains("invalid/expired key"));
    }

    [Fact]
    public async Task LocateAsync_InvalidValuesInTheAnswer_AreDropped()
    {
        _fake.SetLocation("81.2.69.142", new FakeIpApiLocation("Nowhere", "gbr", "Region", "City", "Mars/Olympus_Mons"));

        var location = await LocateAsync(London);

        location.Should().Be(new GeoLocation(null, "Nowhere", null));
    }

    [Fact]
    public async Task LocateAsync_CallerCancels_ReturnsUnknownWithoutThrowing()
    {
        _fake.Mode = FakeIpApiMode.Slow;
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        var location = await _host.Geolocation.LocateAsync(London, cancellation.Token);

        location.Should().Be(GeoLocation.Unknown);
    }

    [Fact]
    public async Task LocateAsync_AnyOutcome_NeverLogsTheIp()
    {
        string[] addresses = ["81.2.69.142", "8.8.8.8", "8.8.4.4", "1.1.1.1", "9.9.9.9", "2a00:1450:4001:81b::200e"];
        _fake.SetFailure("9.9.9.9", "private range");
        _fake.EnqueueMode(FakeIpApiMode.ServerError);
        _fake.EnqueueMode(FakeIpApiMode.DropConnection);
        _fake.EnqueueMode(FakeIpApiMode.SslUnavailable);

        foreach (var address in addresses)
        {
            await LocateAsync(IPAddress.Parse(address));
        }

        _fake.ExhaustWindow();
        await LocateAsync(IPAddress.Parse("4.4.4.4"));

        _host.Logs.Entries.Should().NotBeEmpty();
        _host.Logs.Entries.Should().NotContain(e => addresses.Append("4.4.4.4").Any(e.Mentions));
    }

    private Task<GeoLocation> LocateAsync(IPAddress address) => _host.Geolocation.LocateAsync(address, CancellationToken.None);

    private GeolocationHost CreateHost(Action<IpApiOptions>? tune = null) =>
        GeolocationHost.Create(
            new Dictionary<string, string?> { ["IP_API_BASE_URL"] = _fake.BaseUrl },
            _clock,
            options =>
            {
                options.Timeout = TimeSpan.FromSeconds(2);
                options.RetryDelay = TimeSpan.Zero;
                options.CircuitBreakerFailureThreshold = 3;
                options.CircuitBreakerBreakDuration = TimeSpan.FromSeconds(30);
                tune?.Invoke(options);
            });
}
