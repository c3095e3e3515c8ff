using System.Buffers.Binary;
using System.Text;
using PageShare.Application.Common.Exceptions;

namespace PageShare.Application.Search;

/// <summary>
/// Keyset position in a ranked search list: (tier asc, rank desc, at desc, key asc/desc as the list defines).
/// Ranks (similarity, ts_rank, post counts) are computed per row and do not depend on other rows, so a page
/// boundary stays put while rows are added: no offset, hence no repeats or gaps between pages.
/// <see cref="Type"/> ties a cursor to the list it came from.
/// </summary>
public readonly record struct SearchCursor(SearchType Type, int Tier, double Rank, DateTimeOffset At, string Key)
{
    private const byte Version = 1;
    private const int HeaderLength = 1 + 1 + 4 + 8 + 8;
    private const int MaxKeyBytes = 64;

    public string Encode()
    {
        var key = Encoding.UTF8.GetBytes(Key);
        var bytes = new byte[HeaderLength + key.Length];
        bytes[0] = Version;
        bytes[1] = (byte)Type;
        BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(2), Tier);
        BinaryPrimitives.WriteDoubleBigEndian(bytes.AsSpan(6), Rank);
        BinaryPrimitives.WriteInt64BigEndian(bytes.AsSpan(14), At.UtcTicks);
        key.CopyTo(bytes, HeaderLength);
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
        var bytes = new byte[HeaderLength + MaxKeyBytes + 3];
        if (cursor.Length > 200 || !Convert.TryFromBase64String(base64, bytes, out var written)
            || written <= HeaderLength || written > HeaderLength + MaxKeyBytes || bytes[0] != Version || bytes[1] != (byte)type)
        {
            throw Invalid();
        }

        var rank = BinaryPrimitives.ReadDoubleBigEndian(bytes.AsSpan(6));
        var ticks = BinaryPrimitives.ReadInt64BigEndian(bytes.AsSpan(14));
        if (!double.IsFinite(rank) || ticks < DateTimeOffset.MinValue.UtcTicks || ticks > DateTimeOffset.MaxValue.UtcTicks)
        {
            throw Invalid();
        }

        string key;
        try
        {
            key = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes, HeaderLength, written - HeaderLength);
        }
        catch (ArgumentException)
        {
            throw Invalid();
        }

        return new SearchCursor(type, BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(2)), rank, new DateTimeOffset(ticks, TimeSpan.Zero), key);
    }

    private static ValidationException Invalid() => new("cursor", "is not a valid cursor; pass the next_cursor of a previous page of the same type.");
}
