using System.Buffers.Binary;
using PageShare.Application.Storage;

namespace PageShare.Infrastructure.Media;

/// <summary>
/// GIF87a/89a walked block by block to the trailer. With an output it drops comment extensions and application
/// extensions other than the looping ones (XMP travels in one).
/// </summary>
internal static class GifFormat
{
    private const byte Extension = 0x21;
    private const byte ImageDescriptor = 0x2C;
    private const byte Trailer = 0x3B;
    private const byte CommentLabel = 0xFE;
    private const byte ApplicationLabel = 0xFF;

    public static bool HasSignature(ReadOnlySpan<byte> data) => data.StartsWith("GIF87a"u8) || data.StartsWith("GIF89a"u8);

    public static ImageDetails? Read(ReadOnlySpan<byte> data, Stream? output)
    {
        if (!HasSignature(data) || data.Length < 13)
        {
            return null;
        }

        int width = BinaryPrimitives.ReadUInt16LittleEndian(data[6..]);
        int height = BinaryPrimitives.ReadUInt16LittleEndian(data[8..]);
        var pos = 13 + ColorTableSize(data[10]);
        if (width == 0 || height == 0 || pos > data.Length)
        {
            return null;
        }

        output?.Write(data[..pos]);
        var images = 0;
        while (pos < data.Length)
        {
            var start = pos;
            switch (data[pos])
            {
                case Trailer:
                    output?.Write([Trailer]);
                    return images > 0 ? new ImageDetails(ImageFormat.Gif, width, height) : null;
                case Extension when pos + 2 <= data.Length:
                    var label = data[pos + 1];
                    pos = SkipSubBlocks(data, pos + 2);
                    if (pos < 0)
                    {
                        return null;
                    }

                    if (label != CommentLabel && (label != ApplicationLabel || IsLoopingExtension(data[start..pos])))
                    {
                        output?.Write(data[start..pos]);
                    }

                    break;
                case ImageDescriptor when pos + 10 <= data.Length:
                    pos += 10 + ColorTableSize(data[pos + 9]);
                    pos = pos + 1 <= data.Length ? SkipSubBlocks(data, pos + 1) : -1; // +1: LZW minimum code size
                    if (pos < 0)
                    {
                        return null;
                    }

                    images++;
                    output?.Write(data[start..pos]);
                    break;
                default:
                    return null;
            }
        }

        return null; // no trailer: truncated
    }

    private static int ColorTableSize(byte packed) => (packed & 0x80) != 0 ? 3 * (1 << ((packed & 0x07) + 1)) : 0;

    /// <summary>Position after the sub-block chain's terminator, or -1 when the chain runs past the end.</summary>
    private static int SkipSubBlocks(ReadOnlySpan<byte> data, int pos)
    {
        while (pos < data.Length)
        {
            var size = data[pos];
            pos += 1 + size;
            if (size == 0)
            {
                return pos;
            }
        }

        return -1;
    }

    // Application extension: 21 FF 0B then an 11-byte identifier.
    private static bool IsLoopingExtension(ReadOnlySpan<byte> block) =>
        block.Length >= 14 && (block[3..14].SequenceEqual("NETSCAPE2.0"u8) || block[3..14].SequenceEqual("ANIMEXTS1.0"u8));
}
