using PageShare.Domain.Common;
using PageShare.Domain.Users;

namespace PageShare.Domain.UnitTests.Users;

public sealed class UsernameTests
{
    [Theory]
    [InlineData("abc")]
    [InlineData("trader_joe")]
    [InlineData("x23456789012345678901234567890")]
    [InlineData("ALICE")]
    [InlineData("  bob_1  ")]
    public void TryCreate_ValidName_ReturnsLowerCaseTrimmed(string raw)
    {
        Username.TryCreate(raw, out var username).Should().BeTrue();

        username!.Value.Should().Be(raw.Trim().ToLowerInvariant());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("ab")]
    [InlineData("a234567890123456789012345678901")]
    [InlineData("has space")]
    [InlineData("dash-name")]
    [InlineData("dot.name")]
    [InlineData("émile")]
    [InlineData("admin")]
    [InlineData("Me")]
    [InlineData("settings")]
    [InlineData("support")]
    [InlineData("api")]
    public void TryCreate_InvalidOrReserved_ReturnsFalse(string? raw)
    {
        Username.TryCreate(raw, out var username).Should().BeFalse();

        username.Should().BeNull();
    }

    [Fact]
    public void Create_Invalid_ThrowsDomainExceptionOnUsernameField()
    {
        var act = () => Username.Create("a!");

        act.Should().Throw<DomainException>().Which.Should().Match<DomainException>(e => e.Code == "invalid_username" && e.Field == "username");
    }

    [Theory]
    [InlineData("Jane.Doe+news@mail.com", "jane_doe_news")]
    [InlineData("bob@example.com", "bob")]
    [InlineData("a@b.c", "trader")]
    [InlineData(null, "trader")]
    [InlineData("admin@corp.com", "trader")]
    [InlineData("ÅÄÖ_weird--name@x.io", "weird_name")]
    public void SuggestBase_FromEmail_ReturnsValidBase(string? source, string expected)
    {
        var suggestion = Username.SuggestBase(source);

        suggestion.Should().Be(expected);
        Username.TryCreate(suggestion, out _).Should().BeTrue();
    }

    [Fact]
    public void SuggestBase_LongEmail_LeavesRoomForSuffix()
    {
        var suggestion = Username.SuggestBase(new string('a', 80) + "@x.com");

        suggestion.Length.Should().BeLessThanOrEqualTo(Username.MaxLength - 5);
    }
}
