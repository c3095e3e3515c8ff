using System.Net;
using System.Text;
using PageShare.Infrastructure.Network;

namespace PageShare.Infrastructure.IntegrationTests.Network;

public sealed class HmacIpHasherTests
{
    [Fact]
    public void Hash_SameIpSameSalt_IsStableHexWithoutTheIp()
    {
        var hasher = new HmacIpHasher(new IpHashSalt(Encoding.UTF8.GetBytes("salt-one-0123456789")));

        var first = hasher.Hash(IPAddress.Parse("81.2.69.160"));

        first.Should().Be(hasher.Hash(IPAddress.Parse("::ffff:81.2.69.160")));
        first.Should().MatchRegex("^[0-9a-f]{64}$").And.NotContain("81.2.69.160");
    }

    [Fact]
    public void Hash_OtherSalt_Differs()
    {
        var ip = IPAddress.Parse("81.2.69.160");

        new HmacIpHasher(new IpHashSalt("a"u8.ToArray())).Hash(ip)
            .Should().NotBe(new HmacIpHasher(new IpHashSalt("b"u8.ToArray())).Hash(ip));
    }
}
