using System.Buffers.Binary;
using PageShare.Application.Storage;

namespace PageShare.Infrastructure.Media;

/// <summary>
/// WebP: a RIFF container whose first chunk is VP8 (lossy), VP8L (lossless) or VP8X (extended, with the canvas
/// size). Every chunk must fit the declared RIFF size. With an output, EXIF and XMP chunks are dropped and the
/// VP8X flags and RIFF size rewritten to match.
/// </summary>
internal static class WebPFormat
{
    private const byte ExifFlag = 0x08;
    private const byte XmpFlag = 0x04;

    public static bool HasSignature(ReadOnlySpan<byte> data) =>
        data.Length >= 12 && data.StartsWith("RIFF"u8) && data.Slice(8, 4).SequenceEqual("WEBP"u8);

    public static ImageDetails? Read(ReadOnlySpan<byte> data, Stream? output)
    {
        if (!HasSignature(data))
        {
            return null;
        }

        var riffSize = BinaryPrimitives.ReadUInt32LittleEndian(data[4..]);
        if (riffSize < 4 + 8 || 8 + (long)riffSize > data.Length)
        {
            return null; // truncated, or the header lies about the length
        }

        var riff = data[..(8 + (int)riffSize)];
        var kept = new List<(int Start, int Length)>();
        ImageDetails? details = null;
        var hasImageData = false;
        var pos = 12;
        while (pos < riff.Length)
        {
            if (pos + 8 > riff.Length)
            {
                return null;
            }

            var fourCc = riff.Slice(pos, 4);
            var size = BinaryPrimitives.ReadUInt32LittleEndian(riff[(pos + 4)..]);
            var padded = 8 + (long)size + (size & 1);
            if (pos + 8 + (long)size > riff.Length)
            {
                return null;
            }

            var payload = riff.Slice(pos + 8, (int)size);
            if (pos == 12)
            {
                details = ReadFirstChunk(fourCc, payload);
                if (details is null)
                {
                    return null;
                }
            }

            hasImageData |= fourCc.SequenceEqual("VP8 "u8) || fourCc.SequenceEqual("VP8L"u8) || fourCc.SequenceEqual("ANMF"u8);
            if (!fourCc.SequenceEqual("EXIF"u8) && !fourCc.SequenceEqual("XMP "u8))
            {
                kept.Add((pos, (int)Math.Min(padded, riff.Length - pos)));
            }

            pos += (int)Math.Min(padded, riff.Length - pos);
        }

        if (details is null || !hasImageData)
        {
            return null;
        }

        if (output is not null)
        {
            Write(riff, kept, output);
        }

        return details;
    }

    private static ImageDetails? ReadFirstChunk(ReadOnlySpan<byte> fourCc, ReadOnlySpan<byte> payload)
    {
        if (fourCc.SequenceEqual("VP8 "u8))
        {
            // Frame tag (3 bytes, bit 0 clear on a key frame), start code 9D 01 2A, then 14-bit width and height.
            if (payload.Length < 10 || (payload[0] & 1) != 0 || payload[3] != 0x9D || payload[4] != 0x01 || payload[5] != 0x2A)
            {
                return null;
            }

            return Sized(BinaryPrimitives.ReadUInt16LittleEndian(payload[6..]) & 0x3FFF, BinaryPrimitives.ReadUInt16LittleEndian(payload[8..]) & 0x3FFF);
        }

        if (fourCc.SequenceEqual("VP8L"u8))
        {
            // Signature 0x2F, then width-1 and height-1 in 14 bits each and a 3-bit version that must be 0.
            if (payload.Length < 5 || payload[0] != 0x2F)
            {
                return null;
            }

            var bits = BinaryPrimitives.ReadUInt32LittleEndian(payload[1..]);
            return bits >> 29 != 0 ? null : Sized((int)(bits & 0x3FFF) + 1, (int)((bits >> 14) & 0x3FFF) + 1);
        }

        if (fourCc.SequenceEqual("VP8X"u8))
        {
            // Flags, 3 reserved bytes, then canvas width-1 and height-1 in 24 bits each.
            return payload.Length < 10 ? null : Sized(ReadUInt24(payload[4..]) + 1, ReadUInt24(payload[7..]) + 1);
        }

        return null;
    }

    private static ImageDetails? Sized(int width, int height) =>
        width > 0 && height > 0 ? new ImageDetails(ImageFormat.WebP, width, height) : null;

    private static int ReadUInt24(ReadOnlySpan<byte> data) => data[0] | (data[1] << 8) | (data[2] << 16);

    private static void Write(ReadOnlySpan<byte> riff, List<(int Start, int Length)> kept, Stream output)
    {
        var body = 4 + kept.Sum(k => k.Length);
        Span<byte> header = stackalloc byte[12];
        "RIFF"u8.CopyTo(header);
        BinaryPrimitives.WriteUInt32LittleEndian(header[4..], (uint)body);
        "WEBP"u8.CopyTo(header[8..]);
        output.Write(header);
        foreach (var (start, length) in kept)
        {
            var chunk = riff.Slice(start, length);
            if (chunk.StartsWith("VP8X"u8) && chunk.Length > 8)
            {
                var copy = chunk.ToArray();
                copy[8] &= unchecked((byte)~(ExifFlag | XmpFlag));
                output.Write(copy);
            }
            else
            {
                output.Write(chunk);
            }
        }
    }
}
