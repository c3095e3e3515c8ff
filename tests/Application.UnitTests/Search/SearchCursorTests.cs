using PageShare.Application.Common.Exceptions;
using PageShare.Application.Search;

namespace PageShare.Application.UnitTests.Search;

public sealed class SearchCursorTests
{
    private static readonly DateTimeOffset At = new DateTimeOffset(2026, 11, 21, 10, 30, 15, 123, TimeSpan.Zero).AddTicks(4567);

    [Fact]
    public void Decode_PostCursorWithWindowFloor_RoundTrips()
    {
        var cursor = new SearchCursor(SearchType.Posts, 0, 0.0607927, At, Guid.NewGuid().ToString())
        {
            Floor = new SearchWindowFloor(At.AddMinutes(-42), Guid.NewGuid()),
        };

        var decoded = SearchCursor.Decode(cursor.Encode(), SearchType.Posts);

        decoded.Should().Be(cursor);
    }

    [Fact]
    public void Decode_CursorWithoutFloor_RoundTripsWithoutOne()
    {
        var cursor = new SearchCursor(SearchType.Tickers, 1, 1234, DateTimeOffset.UnixEpoch, "BRK.B");

        var decoded = SearchCursor.Decode(cursor.Encode(), SearchType.Tickers);

        decoded.Should().Be(cursor);
        decoded!.Value.Floor.Should().BeNull();
    }

    [Fact]
    public void Decode_FloorCursorCutShort_Throws()
    {
        var encoded = new SearchCursor(SearchType.Posts, 0, 0.1, At, "x") { Floor = new SearchWindowFloor(At, Guid.NewGuid()) }.Encode();

        var decode = () => SearchCursor.Decode(encoded[..30], SearchType.Posts);

        decode.Should().Throw<ValidationException>();
    }
}
