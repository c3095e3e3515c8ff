using System.Buffers.Binary;
using PageShare.Application.Storage;

namespace PageShare.Infrastructure.Media;

/// <summary>
/// PNG walked chunk by chunk with every CRC checked: IHDR first, at least one IDAT, IEND last. With an output it
/// writes the same file without text, time and eXIf chunks (EXIF can carry GPS in PNG too).
/// </summary>
internal static class PngFormat
{
    private static ReadOnlySpan<byte> Signature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static bool HasSignature(ReadOnlySpan<byte> data) => data.StartsWith(Signature);

    public static ImageDetails? Read(ReadOnlySpan<byte> data, Stream? output)
    {
        if (!HasSignature(data))
        {
            return null;
        }

        output?.Write(Signature);
        var pos = Signature.Length;
        ImageDetails? header = null;
        var sawData = false;
        while (true)
        {
            if (pos + 12 > data.Length)
            {
                return null; // truncated: no IEND
            }

            var length = BinaryPrimitives.ReadUInt32BigEndian(data[pos..]);
            if (length > int.MaxValue || pos + 12 + (long)length > data.Length)
            {
                return null;
            }

            var chunk = data.Slice(pos, 12 + (int)length);
            var type = chunk.Slice(4, 4);
            var body = chunk.Slice(8, (int)length);
            if (!IsChunkType(type) || Crc32.Compute(chunk[4..^4]) != BinaryPrimitives.ReadUInt32BigEndian(chunk[^4..]))
            {
                return null;
            }

            if (header is null)
            {
                if (!type.SequenceEqual("IHDR"u8) || ReadHeader(body) is not { } ihdr)
                {
                    return null;
                }

                header = ihdr;
            }
            else if (type.SequenceEqual("IHDR"u8))
            {
                return null;
            }

            sawData |= type.SequenceEqual("IDAT"u8);
            if (!IsMetadata(type))
            {
                output?.Write(chunk);
            }

            pos += chunk.Length;
            if (type.SequenceEqual("IEND"u8))
            {
                return sawData ? header : null; // anything after IEND is not part of the image and is not copied
            }
        }
    }

    private static ImageDetails? ReadHeader(ReadOnlySpan<byte> body)
    {
        if (body.Length != 13)
        {
            return null;
        }

        var width = BinaryPrimitives.ReadUInt32BigEndian(body);
        var height = BinaryPrimitives.ReadUInt32BigEndian(body[4..]);
        var (depth, colour) = (body[8], body[9]);
        var validDepth = colour switch
        {
            0 => depth is 1 or 2 or 4 or 8 or 16,
            3 => depth is 1 or 2 or 4 or 8,
            2 or 4 or 6 => depth is 8 or 16,
            _ => false,
        };
        return width is > 0 and <= int.MaxValue && height is > 0 and <= int.MaxValue && validDepth
            && body[10] == 0 && body[11] == 0 && body[12] <= 1
            ? new ImageDetails(ImageFormat.Png, (int)width, (int)height)
            : null;
    }

    private static bool IsChunkType(ReadOnlySpan<byte> type)
    {
        foreach (var b in type)
        {
            if (!char.IsAsciiLetter((char)b))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsMetadata(ReadOnlySpan<byte> type) =>
        type.SequenceEqual("tEXt"u8) || type.SequenceEqual("zTXt"u8) || type.SequenceEqual("iTXt"u8)
        || type.SequenceEqual("eXIf"u8) || type.SequenceEqual("tIME"u8);
}
