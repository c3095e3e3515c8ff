using System.Net;
using Microsoft.AspNetCore.Http;
using PageShare.Infrastructure.Network;

namespace PageShare.Infrastructure.IntegrationTests.Network;

public sealed class HttpClientContextTests
{
    [Fact]
    public void ClientIp_DirectConnection_IgnoresForwardedHeaders()
    {
        var context = Request("203.0.113.7", forwardedFor: "1.2.3.4", realIp: "5.6.7.8");

        Resolve(context, proxies: "").Should().Be(IPAddress.Parse("203.0.113.7"));
    }

    [Fact]
    public void ClientIp_UntrustedProxy_IgnoresForwardedHeaders()
    {
        var context = Request("198.51.100.9", forwardedFor: "1.2.3.4");

        Resolve(context, proxies: "10.0.0.0/8").Should().Be(IPAddress.Parse("198.51.100.9"));
    }

    [Fact]
    public void ClientIp_TrustedProxy_TakesRightMostUntrustedHop()
    {
        // The client claims 6.6.6.6; the real client is what the trusted proxy appended last.
        var context = Request("10.0.0.5", forwardedFor: "6.6.6.6, 81.2.69.160, 10.0.0.9");

        Resolve(context, proxies: "10.0.0.0/8").Should().Be(IPAddress.Parse("81.2.69.160"));
    }

    [Fact]
    public void ClientIp_TrustedProxyWithRealIpOnly_UsesRealIp()
    {
        var context = Request("127.0.0.1", realIp: "81.2.69.160");

        Resolve(context, proxies: "127.0.0.1").Should().Be(IPAddress.Parse("81.2.69.160"));
    }

    [Fact]
    public void ClientIp_MalformedChain_FallsBackToConnection()
    {
        var context = Request("10.0.0.5", forwardedFor: "not-an-ip");

        Resolve(context, proxies: "10.0.0.0/8").Should().Be(IPAddress.Parse("10.0.0.5"));
    }

    [Fact]
    public void ClientIp_MappedIpv4_IsNormalised()
    {
        var context = Request("::ffff:203.0.113.7");

        Resolve(context, proxies: "").Should().Be(IPAddress.Parse("203.0.113.7"));
    }

    [Theory]
    [InlineData("10.0.0.1, 2001:db8::/32", "2001:db8::5", true)]
    [InlineData("10.0.0.1", "10.0.0.2", false)]
    [InlineData("192.168.0.0/16", "::ffff:192.168.3.4", true)]
    public void TrustedProxies_Parse_MatchesAddressesAndRanges(string config, string address, bool expected) =>
        TrustedProxies.Parse(config).Contains(IPAddress.Parse(address)).Should().Be(expected);

    [Fact]
    public void TrustedProxies_Garbage_ThrowsNamingEntry() =>
        FluentActions.Invoking(() => TrustedProxies.Parse("10.0.0.1, nonsense")).Should().Throw<FormatException>().WithMessage("*nonsense*");

    private static IPAddress? Resolve(HttpContext context, string proxies) =>
        new HttpClientContext(new HttpContextAccessor { HttpContext = context }, TrustedProxies.Parse(proxies)).ClientIp;

    private static DefaultHttpContext Request(string remote, string? forwardedFor = null, string? realIp = null)
    {
        var context = new DefaultHttpContext();
        context.Connection.RemoteIpAddress = IPAddress.Parse(remote);
        if (forwardedFor is not null)
        {
            context.Request.Headers["X-Forwarded-For"] = forwardedFor;
        }

        if (realIp is not null)
        {
            context.Request.Headers["X-Real-IP"] = realIp;
        }

        return context;
    }
}
