using System.Buffers.Binary;
using PageShare.Application.Common.Exceptions;

namespace PageShare.Application.Common.Paging;

/// <summary>
/// Opaque position in a list ordered by (timestamp desc, id desc): keyset paging stays stable
/// while new rows arrive, where offset paging would repeat or skip rows.
/// </summary>
public readonly record struct KeysetCursor(DateTimeOffset At, Guid Id)
{
    private const byte Version = 1;
    private const int Length = 1 + 8 + 16;

    public string Encode()
    {
        Span<byte> bytes = stackalloc byte[Length];
        bytes[0] = Version;
        BinaryPrimitives.WriteInt64BigEndian(bytes[1..], At.UtcTicks);
        Id.TryWriteBytes(bytes[9..]);
        return Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    /// <summary>Null for a missing cursor; a <see cref="ValidationException"/> for one that cannot be decoded.</summary>
    public static KeysetCursor? Decode(string? cursor)
    {
        if (string.IsNullOrEmpty(cursor))
        {
            return null;
        }

        Span<byte> bytes = stackalloc byte[Length + 2];
        var base64 = cursor.Replace('-', '+').Replace('_', '/');
        base64 = base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=');
        if (cursor.Length > 64 || !Convert.TryFromBase64String(base64, bytes, out var written)
            || written != Length || bytes[0] != Version)
        {
            throw Invalid();
        }

        var ticks = BinaryPrimitives.ReadInt64BigEndian(bytes[1..]);
        if (ticks < DateTimeOffset.MinValue.UtcTicks || ticks > DateTimeOffset.MaxValue.UtcTicks)
        {
            throw Invalid();
        }

        return new KeysetCursor(new DateTimeOffset(ticks, TimeSpan.Zero), new Guid(bytes.Slice(9, 16)));
    }

    private static ValidationException Invalid() => new("cursor", "is not a valid cursor; pass the next_cursor of a previous page.");
}
