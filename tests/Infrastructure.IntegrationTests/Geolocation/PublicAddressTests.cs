using System.Net;
using PageShare.Infrastructure.Geolocation;

namespace PageShare.Infrastructure.IntegrationTests.Geolocation;

public sealed class PublicAddressTests
{
    [Theory]
    [InlineData("8.8.8.8")]
    [InlineData("1.1.1.1")]
    [InlineData("81.2.69.142")]
    [InlineData("100.63.255.255")]
    [InlineData("100.128.0.0")]
    [InlineData("172.15.255.255")]
    [InlineData("172.32.0.1")]
    [InlineData("192.169.0.1")]
    [InlineData("223.255.255.254")]
    [InlineData("::ffff:8.8.8.8")]
    [InlineData("2001:4860:4860::8888")]
    [InlineData("2606:4700:4700::1111")]
    [InlineData("2a00:1450:4001:81b::200e")]
    public void IsPublic_GlobalUnicast_ReturnsTrue(string address)
    {
        PublicAddress.IsPublic(IPAddress.Parse(address)).Should().BeTrue();
    }

    [Theory]
    [InlineData("10.0.0.0")]
    [InlineData("10.255.255.255")]
    [InlineData("100.64.0.0")]
    [InlineData("127.0.0.1")]
    [InlineData("169.254.169.254")]
    [InlineData("172.16.0.0")]
    [InlineData("192.0.0.8")]
    [InlineData("192.88.99.1")]
    [InlineData("192.168.255.255")]
    [InlineData("198.19.255.255")]
    [InlineData("224.0.0.1")]
    [InlineData("0.1.2.3")]
    [InlineData("::ffff:10.0.0.1")]
    [InlineData("::ffff:100.64.1.1")]
    [InlineData("::127.0.0.1")]
    [InlineData("100::1")]
    [InlineData("2001:2::1")]
    [InlineData("fec0::1")]
    [InlineData("febf::1")]
    [InlineData("fdff:ffff::1")]
    public void IsPublic_SpecialPurposeRange_ReturnsFalse(string address)
    {
        PublicAddress.IsPublic(IPAddress.Parse(address)).Should().BeFalse();
    }
}
