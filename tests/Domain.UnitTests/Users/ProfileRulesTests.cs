using PageShare.Domain.Common;
using PageShare.Domain.Users;

namespace PageShare.Domain.UnitTests.Users;

public sealed class ProfileRulesTests
{
    [Theory]
    [InlineData(" Jane Doe ", "Jane Doe")]
    [InlineData("📈 Bull", "📈 Bull")]
    public void DisplayName_Valid_ReturnsTrimmed(string raw, string expected) => ProfileRules.DisplayName(raw).Should().Be(expected);

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    [InlineData("line\nbreak")]
    public void DisplayName_Invalid_ThrowsOnField(string? raw) =>
        FluentActions.Invoking(() => ProfileRules.DisplayName(raw)).Should().Throw<DomainException>().Which.Field.Should().Be("display_name");

    [Fact]
    public void DisplayName_TooLong_Throws() =>
        FluentActions.Invoking(() => ProfileRules.DisplayName(new string('x', 51))).Should().Throw<DomainException>();

    [Fact]
    public void Bio_Blank_BecomesNull() => ProfileRules.Bio("  ").Should().BeNull();

    [Fact]
    public void Bio_TooLong_Throws() =>
        FluentActions.Invoking(() => ProfileRules.Bio(new string('x', 161))).Should().Throw<DomainException>().Which.Field.Should().Be("bio");

    [Fact]
    public void Interests_Duplicates_AreMergedCaseInsensitively() =>
        ProfileRules.Interests(["Options", " options ", "Crypto"]).Should().Equal("Options", "Crypto");

    [Fact]
    public void Interests_Eleven_Throws() =>
        FluentActions.Invoking(() => ProfileRules.Interests(Enumerable.Range(0, 11).Select(i => "tag" + i)))
            .Should().Throw<DomainException>().Which.Code.Should().Be("too_many_interests");

    [Theory]
    [InlineData("")]
    [InlineData("a-very-long-interest-tag-over-30-chars")]
    public void Interests_BadTag_Throws(string tag) =>
        FluentActions.Invoking(() => ProfileRules.Interests([tag])).Should().Throw<DomainException>().Which.Field.Should().Be("interests");

    [Theory]
    [InlineData("America/New_York")]
    [InlineData("Europe/London")]
    [InlineData("Asia/Kolkata")]
    [InlineData("UTC")]
    public void Timezone_IanaName_IsAccepted(string zone) => ProfileRules.Timezone(zone).Should().NotBeNull();

    [Theory]
    [InlineData("Mars/Olympus_Mons")]
    [InlineData("Eastern Standard Time")]
    [InlineData("../../etc/passwd")]
    public void Timezone_Unknown_Throws(string zone) =>
        FluentActions.Invoking(() => ProfileRules.Timezone(zone)).Should().Throw<DomainException>().Which.Field.Should().Be("timezone");

    [Theory]
    [InlineData("us", "US")]
    [InlineData("USA", null)]
    [InlineData("1A", null)]
    [InlineData(null, null)]
    public void CountryCode_Normalises(string? raw, string? expected) => ProfileRules.CountryCode(raw).Should().Be(expected);
}
