using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace PageShare.TestSupport.Storage;

/// <summary>
/// Small images built byte by byte, so the tests own their corpus: a decodable grayscale PNG and baseline JPEG of
/// any size, GIF and WebP files, metadata segments (EXIF with a GPS position, XMP, comments) to strip, and
/// ways to break each of them.
/// </summary>
public static class TestImages
{
    /// <summary>The GPS latitude degrees and minutes (48/1, 51/...) as stored in the EXIF below; their disappearance proves the GPS block went.</summary>
    public static readonly byte[] GpsLatitudeMarker = [0x30, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x33, 0x00, 0x00, 0x00];

    public static readonly byte[] XmpMarker = Encoding.ASCII.GetBytes("exif:GPSLatitude");

    public static readonly byte[] CommentMarker = Encoding.ASCII.GetBytes("shot at home");

    /// <summary>A widely used 1x1 PNG made by a real encoder (not by this class), to pin the CRC check against.</summary>
    public static byte[] RealPng1x1 => Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    /// <summary>Lossy (VP8) 1x1 WebP made by libwebp (Modernizr's feature probe).</summary>
    public static byte[] WebPLossy1x1 => Convert.FromBase64String("UklGRiIAAABXRUJQVlA4IBYAAAAwAQCdASoBAAEADsD+JaQAA3AAAAAA");

    /// <summary>Lossless (VP8L) 1x1 WebP made by libwebp (Modernizr's feature probe).</summary>
    public static byte[] WebPLossless1x1 => Convert.FromBase64String("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");

    public static byte[] Png(int width, int height, params (string Type, byte[] Data)[] extraChunks)
    {
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bit depth
        header[9] = 0; // grayscale

        using var raw = new MemoryStream();
        using (var zlib = new ZLibStream(raw, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var row = new byte[width + 1]; // filter byte 0, then black pixels
            for (var y = 0; y < height; y++)
            {
                zlib.Write(row);
            }
        }

        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        png.Write(PngChunk("IHDR", header));
        foreach (var (type, data) in extraChunks)
        {
            png.Write(PngChunk(type, data));
        }

        png.Write(PngChunk("IDAT", raw.ToArray()));
        png.Write(PngChunk("IEND", []));
        return png.ToArray();
    }

    public static byte[] PngChunk(string type, byte[] data)
    {
        var chunk = new byte[12 + data.Length];
        BinaryPrimitives.WriteInt32BigEndian(chunk, data.Length);
        Encoding.ASCII.GetBytes(type).CopyTo(chunk, 4);
        data.CopyTo(chunk, 8);
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(8 + data.Length), Crc32(chunk.AsSpan(4, 4 + data.Length)));
        return chunk;
    }

    public static (string Type, byte[] Data) PngText(string keyword, string text) =>
        ("tEXt", Encoding.Latin1.GetBytes(keyword + "\0" + text));

    /// <summary>A baseline grayscale JPEG a decoder can display (every 8x8 block mid-grey), with optional metadata segments.</summary>
    public static byte[] Jpeg(int width, int height, bool exifGps = false, bool xmp = false, bool comment = false, bool iccProfile = false)
    {
        using var jpeg = new MemoryStream();
        jpeg.Write([0xFF, 0xD8]);
        Segment(jpeg, 0xE0, [.. "JFIF\0"u8, 1, 1, 0, 0, 1, 0, 1, 0, 0]);
        if (exifGps)
        {
            Segment(jpeg, 0xE1, ExifWithGps());
        }

        if (xmp)
        {
            Segment(jpeg, 0xE1, [.. "http://ns.adobe.com/xap/1.0/\0"u8, .. XmpPacket()]);
        }

        if (iccProfile)
        {
            Segment(jpeg, 0xE2, [.. "ICC_PROFILE\0"u8, 1, 1, .. new byte[32]]);
        }

        if (comment)
        {
            Segment(jpeg, 0xFE, CommentMarker);
        }

        Segment(jpeg, 0xDB, [0x00, .. Enumerable.Repeat((byte)1, 64)]); // quantisation table 0, all ones
        var frame = new byte[9];
        frame[0] = 8;
        BinaryPrimitives.WriteUInt16BigEndian(frame.AsSpan(1), (ushort)height);
        BinaryPrimitives.WriteUInt16BigEndian(frame.AsSpan(3), (ushort)width);
        frame[5] = 1; // one component: id 1, no subsampling, table 0
        frame[6] = 1;
        frame[7] = 0x11;
        frame[8] = 0;
        Segment(jpeg, 0xC0, frame);
        // One Huffman code of length 1 ('0') in each table: DC "difference 0", AC "end of block".
        Segment(jpeg, 0xC4, [0x00, 1, .. new byte[15], 0x00]);
        Segment(jpeg, 0xC4, [0x10, 1, .. new byte[15], 0x00]);
        Segment(jpeg, 0xDA, [1, 1, 0x00, 0, 63, 0]);
        jpeg.Write(EntropyData(((width + 7) / 8) * ((height + 7) / 8)));
        jpeg.Write([0xFF, 0xD9]);
        return jpeg.ToArray();
    }

    /// <summary>A GIF with a <paramref name="width"/>x<paramref name="height"/> screen holding one 1x1 image.</summary>
    public static byte[] Gif(int width, int height, bool comment = false)
    {
        using var gif = new MemoryStream();
        gif.Write("GIF89a"u8);
        Span<byte> screen = stackalloc byte[7];
        BinaryPrimitives.WriteUInt16LittleEndian(screen, (ushort)width);
        BinaryPrimitives.WriteUInt16LittleEndian(screen[2..], (ushort)height);
        screen[4] = 0x80; // global colour table of 2 entries
        gif.Write(screen);
        gif.Write([0xFF, 0xFF, 0xFF, 0x00, 0x00, 0x00]);
        if (comment)
        {
            gif.Write([0x21, 0xFE, (byte)CommentMarker.Length, .. CommentMarker, 0x00]);
        }

        gif.Write([0x21, 0xF9, 0x04, 0x01, 0x00, 0x00, 0x00, 0x00]);
        gif.Write([0x2C, 0, 0, 0, 0, 1, 0, 1, 0, 0x00]);
        gif.Write([0x02, 0x02, 0x44, 0x01, 0x00]); // LZW: min code size 2, one sub-block, terminator
        gif.Write([0x3B]);
        return gif.ToArray();
    }

    /// <summary>A VP8X (extended) WebP with the given canvas around the lossless 1x1 bitstream, optionally with EXIF and XMP chunks.</summary>
    public static byte[] WebPExtended(int width, int height, bool exif = false, bool xmp = false)
    {
        var vp8x = new byte[10];
        vp8x[0] = (byte)((exif ? 0x08 : 0) | (xmp ? 0x04 : 0));
        WriteUInt24(vp8x.AsSpan(4), width - 1);
        WriteUInt24(vp8x.AsSpan(7), height - 1);
        var lossless = WebPLossless1x1;
        var chunks = new List<byte[]> { RiffChunk("VP8X", vp8x), lossless[12..] };
        if (exif)
        {
            chunks.Add(RiffChunk("EXIF", ExifWithGps()[6..])); // WebP stores the TIFF block without the "Exif\0\0" prefix
        }

        if (xmp)
        {
            chunks.Add(RiffChunk("XMP ", XmpPacket()));
        }

        return Riff(chunks);
    }

    /// <summary>The lossy 1x1 WebP with its frame header claiming another size.</summary>
    public static byte[] WebPLossy(int width, int height)
    {
        var bytes = WebPLossy1x1;
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(26), (ushort)width);
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(28), (ushort)height);
        return bytes;
    }

    public static byte[] Truncate(byte[] image, int length) => image[..length];

    public static bool Contains(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle) >= 0;

    /// <summary>
    /// "Exif\0\0" + a little-endian TIFF block: IFD0 with a GPS IFD pointer, the GPS IFD with latitude N 48deg 51' 29.93".
    /// </summary>
    public static byte[] ExifWithGps()
    {
        var tiff = new byte[8 + 2 + 12 + 4 + 2 + (2 * 12) + 4 + 24];
        var s = tiff.AsSpan();
        "II"u8.CopyTo(s);
        BinaryPrimitives.WriteUInt16LittleEndian(s[2..], 42);
        BinaryPrimitives.WriteUInt32LittleEndian(s[4..], 8);
        BinaryPrimitives.WriteUInt16LittleEndian(s[8..], 1); // IFD0: one entry
        Entry(s[10..], tag: 0x8825, type: 4, count: 1, value: 26); // GPSInfo -> offset 26
        BinaryPrimitives.WriteUInt16LittleEndian(s[26..], 2); // GPS IFD: two entries
        Entry(s[28..], tag: 0x0001, type: 2, count: 2, value: 'N'); // GPSLatitudeRef "N\0"
        Entry(s[40..], tag: 0x0002, type: 5, count: 3, value: 56); // GPSLatitude -> three rationals at 56
        BinaryPrimitives.WriteUInt32LittleEndian(s[56..], 48);
        BinaryPrimitives.WriteUInt32LittleEndian(s[60..], 1);
        BinaryPrimitives.WriteUInt32LittleEndian(s[64..], 51);
        BinaryPrimitives.WriteUInt32LittleEndian(s[68..], 1);
        BinaryPrimitives.WriteUInt32LittleEndian(s[72..], 2993);
        BinaryPrimitives.WriteUInt32LittleEndian(s[76..], 100);
        return [.. "Exif\0\0"u8, .. tiff];
    }

    private static void Entry(Span<byte> s, ushort tag, ushort type, uint count, uint value)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(s, tag);
        BinaryPrimitives.WriteUInt16LittleEndian(s[2..], type);
        BinaryPrimitives.WriteUInt32LittleEndian(s[4..], count);
        BinaryPrimitives.WriteUInt32LittleEndian(s[8..], value);
    }

    private static byte[] XmpPacket() => Encoding.UTF8.GetBytes(
        """<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:exif="http://ns.adobe.com/exif/1.0/" exif:GPSLatitude="48,51.5N"/></rdf:RDF></x:xmpmeta>""");

    private static void Segment(Stream jpeg, byte marker, byte[] payload)
    {
        jpeg.Write([0xFF, marker]);
        Span<byte> length = stackalloc byte[2];
        BinaryPrimitives.WriteUInt16BigEndian(length, (ushort)(payload.Length + 2));
        jpeg.Write(length);
        jpeg.Write(payload);
    }

    // Two '0' bits per block (DC difference 0, end of block), padded with 1 bits; never forms a 0xFF byte.
    private static byte[] EntropyData(int blocks)
    {
        var bits = blocks * 2;
        var bytes = new byte[(bits + 7) / 8];
        var padding = (bytes.Length * 8) - bits;
        if (padding > 0)
        {
            bytes[^1] = (byte)((1 << padding) - 1);
        }

        return bytes;
    }

    private static byte[] RiffChunk(string fourCc, byte[] payload)
    {
        var chunk = new byte[8 + payload.Length + (payload.Length & 1)];
        Encoding.ASCII.GetBytes(fourCc).CopyTo(chunk, 0);
        BinaryPrimitives.WriteInt32LittleEndian(chunk.AsSpan(4), payload.Length);
        payload.CopyTo(chunk, 8);
        return chunk;
    }

    private static byte[] Riff(List<byte[]> chunks)
    {
        var size = 4 + chunks.Sum(c => c.Length);
        var riff = new byte[8 + size];
        "RIFF"u8.CopyTo(riff);
        BinaryPrimitives.WriteInt32LittleEndian(riff.AsSpan(4), size);
        "WEBP"u8.CopyTo(riff.AsSpan(8));
        var pos = 12;
        foreach (var chunk in chunks)
        {
            chunk.CopyTo(riff, pos);
            pos += chunk.Length;
        }

        return riff;
    }

    private static void WriteUInt24(Span<byte> s, int value)
    {
        s[0] = (byte)value;
        s[1] = (byte)(value >> 8);
        s[2] = (byte)(value >> 16);
    }

    // Bit by bit, deliberately unlike the production table: the two must agree on real files.
    private static uint Crc32(ReadOnlySpan<byte> data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}
