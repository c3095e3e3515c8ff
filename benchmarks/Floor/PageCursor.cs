using System.Buffers.Binary;

namespace PageShare.Benchmarks.Floor;

/// <summary>The API's keyset cursor format (version byte, UTC ticks big-endian, id bytes; base64url without padding).</summary>
internal static class PageCursor
{
    private const byte Version = 1;
    private const int Length = 1 + 8 + 16;

    public static string Encode(DateTime at, Guid id)
    {
        Span<byte> bytes = stackalloc byte[Length];
        bytes[0] = Version;
        BinaryPrimitives.WriteInt64BigEndian(bytes[1..], at.Ticks);
        id.TryWriteBytes(bytes[9..]);
        return Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    public static (DateTime At, Guid Id)? Decode(string? cursor)
    {
        if (string.IsNullOrEmpty(cursor) || cursor.Length > 64)
        {
            return null;
        }

        var base64 = cursor.Replace('-', '+').Replace('_', '/');
        base64 = base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=');
        Span<byte> bytes = stackalloc byte[Length + 2];
        if (!Convert.TryFromBase64String(base64, bytes, out var written) || written != Length || bytes[0] != Version)
        {
            return null;
        }

        return (new DateTime(BinaryPrimitives.ReadInt64BigEndian(bytes[1..]), DateTimeKind.Utc), new Guid(bytes.Slice(9, 16)));
    }
}
