using System.Buffers.Binary;
using System.Text;
using PageShare.Application.Common.Exceptions;

namespace PageShare.Application.Search;

/// <summary>
/// Keyset position in a ranked search list: (tier asc, rank desc, at desc, key asc/desc as the list defines).
/// Ranks (similarity, ts_rank, post counts) are computed per row and do not depend on other rows, so a page
/// boundary stays put while rows are added: no offset, hence no repeats or gaps between pages.
/// <see cref="Type"/> ties a cursor to the list it came from. A post search ranks a window of matches and carries its
/// <see cref="Floor"/> (version 2 of the encoding); the other lists have none and keep version 1.
/// </summary>
public readonly record struct SearchCursor(SearchType Type, int Tier, double Rank, DateTimeOffset At, string Key)
{
    private const byte Version = 1;
    private const byte VersionWithFloor = 2;
    private const int HeaderLength = 1 + 1 + 4 + 8 + 8;
    private const int FloorLength = 8 + 16;
    private const int MaxKeyBytes = 64;

    public SearchWindowFloor? Floor { get; init; }

    public string Encode()
    {
        var key = Encoding.UTF8.GetBytes(Key);
        var keyStart = Floor is null ? HeaderLength : HeaderLength + FloorLength;
        var bytes = new byte[keyStart + key.Length];
        bytes[0] = Floor is null ? Version : VersionWithFloor;
        bytes[1] = (byte)Type;
        BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(2), Tier);
        BinaryPrimitives.WriteDoubleBigEndian(bytes.AsSpan(6), Rank);
        BinaryPrimitives.WriteInt64BigEndian(bytes.AsSpan(14), At.UtcTicks);
        if (Floor is { } floor)
        {
            BinaryPrimitives.WriteInt64BigEndian(bytes.AsSpan(HeaderLength), floor.At.UtcTicks);
            floor.Id.TryWriteBytes(bytes.AsSpan(HeaderLength + 8), bigEndian: true, out _);
        }

        key.CopyTo(bytes, keyStart);
        return Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    /// <summary>Null for a missing cursor; a <see cref="ValidationException"/> for one that cannot be decoded or belongs to another list.</summary>
    public static SearchCursor? Decode(string? cursor, SearchType type)
    {
        if (string.IsNullOrEmpty(cursor))
        {
            return null;
        }

        var base64 = cursor.Replace('-', '+').Replace('_', '/');
        base64 = base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=');
        var bytes = new byte[HeaderLength + FloorLength + MaxKeyBytes + 3];
        if (cursor.Length > 200 || !Convert.TryFromBase64String(base64, bytes, out var written)
            || written <= HeaderLength || bytes[0] is not (Version or VersionWithFloor) || bytes[1] != (byte)type)
        {
            throw Invalid();
        }

        var keyStart = bytes[0] == VersionWithFloor ? HeaderLength + FloorLength : HeaderLength;
        var rank = BinaryPrimitives.ReadDoubleBigEndian(bytes.AsSpan(6));
        var ticks = BinaryPrimitives.ReadInt64BigEndian(bytes.AsSpan(14));
        if (written <= keyStart || written > keyStart + MaxKeyBytes || !double.IsFinite(rank) || !IsTicks(ticks))
        {
            throw Invalid();
        }

        SearchWindowFloor? floor = null;
        if (bytes[0] == VersionWithFloor)
        {
            var floorTicks = BinaryPrimitives.ReadInt64BigEndian(bytes.AsSpan(HeaderLength));
            if (!IsTicks(floorTicks))
            {
                throw Invalid();
            }

            floor = new SearchWindowFloor(new DateTimeOffset(floorTicks, TimeSpan.Zero),
                new Guid(bytes.AsSpan(HeaderLength + 8, 16), bigEndian: true));
        }

        string key;
        try
        {
            key = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes, keyStart, written - keyStart);
        }
        catch (ArgumentException)
        {
            throw Invalid();
        }

        return new SearchCursor(type, BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(2)), rank, new DateTimeOffset(ticks, TimeSpan.Zero), key)
        {
            Floor = floor,
        };
    }

    private static bool IsTicks(long ticks) => ticks >= DateTimeOffset.MinValue.UtcTicks && ticks <= DateTimeOffset.MaxValue.UtcTicks;

    private static ValidationException Invalid() => new("cursor", "is not a valid cursor; pass the next_cursor of a previous page of the same type.");
}
