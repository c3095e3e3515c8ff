using PageShare.Application.Common.Exceptions;
using PageShare.Application.Common.Paging;

namespace PageShare.Application.UnitTests.Common.Paging;

public sealed class KeysetCursorTests
{
    [Fact]
    public void Decode_EncodedCursor_RoundTrips()
    {
        var cursor = new KeysetCursor(new DateTimeOffset(2026, 11, 21, 10, 30, 15, 123, TimeSpan.Zero).AddTicks(4567), Guid.NewGuid());

        var decoded = KeysetCursor.Decode(cursor.Encode());

        decoded.Should().Be(cursor);
    }

    [Fact]
    public void Encode_Always_IsUrlSafe()
    {
        var encoded = new KeysetCursor(DateTimeOffset.UnixEpoch, Guid.Parse("ffffffff-ffff-ffff-ffff-ffffffffffff")).Encode();

        encoded.Should().MatchRegex("^[A-Za-z0-9_-]+$");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Decode_Missing_ReturnsNull(string? raw) => KeysetCursor.Decode(raw).Should().BeNull();

    [Theory]
    [InlineData("not-a-cursor")]
    [InlineData("!!!!")]
    [InlineData("AAAA")]
    [InlineData("AgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public void Decode_Garbage_ThrowsValidationOnCursorField(string raw)
    {
        var act = () => KeysetCursor.Decode(raw);

        act.Should().Throw<ValidationException>().Which.Errors.Should().ContainKey("cursor");
    }

    [Fact]
    public void Decode_TooLong_ThrowsValidation()
    {
        var act = () => KeysetCursor.Decode(new string('A', 200));

        act.Should().Throw<ValidationException>();
    }
}
