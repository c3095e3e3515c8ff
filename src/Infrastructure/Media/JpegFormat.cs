using System.Buffers.Binary;
using PageShare.Application.Storage;

namespace PageShare.Infrastructure.Media;

/// <summary>
/// JPEG (ITU T.81) walked marker by marker, entropy-coded data included, from SOI to EOI. With an output it
/// writes the same file without metadata: APP1 (EXIF with GPS, XMP), the other APPn and COM are dropped; APP0
/// (JFIF), APP2 ICC profiles and APP14 Adobe stay, since colour rendering depends on them. Bytes after EOI go too.
/// </summary>
internal static class JpegFormat
{
    private const byte Soi = 0xD8;
    private const byte Eoi = 0xD9;
    private const byte Sos = 0xDA;
    private const byte App0 = 0xE0;
    private const byte App2 = 0xE2;
    private const byte App14 = 0xEE;
    private const byte Com = 0xFE;

    public static bool HasSignature(ReadOnlySpan<byte> data) => data.Length >= 3 && data[0] == 0xFF && data[1] == Soi && data[2] == 0xFF;

    public static ImageDetails? Read(ReadOnlySpan<byte> data, Stream? output)
    {
        if (!HasSignature(data))
        {
            return null;
        }

        output?.Write(data[..2]);
        var pos = 2;
        (int Width, int Height)? frame = null;
        var scans = 0;
        while (true)
        {
            if (pos >= data.Length || data[pos] != 0xFF)
            {
                return null;
            }

            while (pos < data.Length && data[pos] == 0xFF)
            {
                pos++; // fill bytes before a marker
            }

            if (pos >= data.Length)
            {
                return null;
            }

            var marker = data[pos++];
            if (marker == Eoi)
            {
                output?.Write([0xFF, Eoi]);
                return frame is { } f && scans > 0 ? new ImageDetails(ImageFormat.Jpeg, f.Width, f.Height) : null;
            }

            if (marker is 0x00 or Soi)
            {
                return null;
            }

            if (marker is 0x01 or >= 0xD0 and <= 0xD7)
            {
                output?.Write([0xFF, marker]); // standalone: no length
                continue;
            }

            if (pos + 2 > data.Length)
            {
                return null;
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(data[pos..]);
            if (length < 2 || pos + length > data.Length)
            {
                return null;
            }

            var payload = data.Slice(pos + 2, length - 2);
            if (IsStartOfFrame(marker))
            {
                if (frame is not null || ReadFrame(payload) is not { } size)
                {
                    return null;
                }

                frame = size;
            }

            if (Keep(marker, payload))
            {
                output?.Write([0xFF, marker]);
                output?.Write(data.Slice(pos, length));
            }

            pos += length;
            if (marker == Sos)
            {
                if (frame is null)
                {
                    return null;
                }

                scans++;
                var end = EndOfEntropyData(data, pos);
                if (end < 0)
                {
                    return null;
                }

                output?.Write(data[pos..end]);
                pos = end;
            }
        }
    }

    private static bool IsStartOfFrame(byte marker) => marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC;

    private static (int Width, int Height)? ReadFrame(ReadOnlySpan<byte> payload)
    {
        if (payload.Length < 6)
        {
            return null;
        }

        int height = BinaryPrimitives.ReadUInt16BigEndian(payload[1..]);
        int width = BinaryPrimitives.ReadUInt16BigEndian(payload[3..]);
        var components = payload[5];
        // A zero height would be defined later by a DNL marker; no camera or browser writes that, so refuse it.
        return width > 0 && height > 0 && components > 0 && payload.Length == 6 + (3 * components) ? (width, height) : null;
    }

    private static bool Keep(byte marker, ReadOnlySpan<byte> payload) => marker switch
    {
        App0 => true,
        App2 => payload.StartsWith("ICC_PROFILE\0"u8),
        App14 => payload.StartsWith("Adobe"u8),
        >= 0xE1 and <= 0xEF => false,
        Com => false,
        _ => true,
    };

    // Inside entropy-coded data a 0xFF is followed by a stuffed 0x00 or a restart marker; anything else ends the scan.
    private static int EndOfEntropyData(ReadOnlySpan<byte> data, int start)
    {
        for (var i = start; i < data.Length - 1; i++)
        {
            if (data[i] == 0xFF && data[i + 1] is not 0x00 and not (>= 0xD0 and <= 0xD7) and not 0xFF)
            {
                return i;
            }
        }

        return -1;
    }
}
