using System.Text;
using PageShare.Application.Storage;
using PageShare.Infrastructure.Media;
using PageShare.TestSupport.Storage;

namespace PageShare.Infrastructure.IntegrationTests.Media;

public sealed class ImageInspectorTests
{
    private readonly ImageInspector _inspector = new();

    public static TheoryData<string, byte[], ImageFormat, int, int> ValidImages => new()
    {
        { "png 3x2", TestImages.Png(3, 2), ImageFormat.Png, 3, 2 },
        { "png 5000x10", TestImages.Png(5000, 10), ImageFormat.Png, 5000, 10 },
        { "png from a real encoder", TestImages.RealPng1x1, ImageFormat.Png, 1, 1 },
        { "jpeg 17x9", TestImages.Jpeg(17, 9), ImageFormat.Jpeg, 17, 9 },
        { "jpeg with every metadata", TestImages.Jpeg(64, 48, exifGps: true, xmp: true, comment: true, iccProfile: true), ImageFormat.Jpeg, 64, 48 },
        { "gif 5x7", TestImages.Gif(5, 7), ImageFormat.Gif, 5, 7 },
        { "webp lossy (libwebp)", TestImages.WebPLossy1x1, ImageFormat.WebP, 1, 1 },
        { "webp lossless (libwebp)", TestImages.WebPLossless1x1, ImageFormat.WebP, 1, 1 },
        { "webp lossy 640x480", TestImages.WebPLossy(640, 480), ImageFormat.WebP, 640, 480 },
        { "webp extended 300x200", TestImages.WebPExtended(300, 200, exif: true, xmp: true), ImageFormat.WebP, 300, 200 },
    };

    public static TheoryData<string, byte[]> NotImages => new()
    {
        { "empty", [] },
        { "text named .png", Encoding.UTF8.GetBytes("this is not a picture, whatever its name says") },
        { "svg", Encoding.UTF8.GetBytes("""<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>""") },
        { "html", Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body><img src=x onerror=alert(1)></body></html>") },
        { "pdf", Encoding.ASCII.GetBytes("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj") },
        { "bmp", [0x42, 0x4D, 0x3A, 0, 0, 0, 0, 0, 0, 0, 0x36, 0, 0, 0, 0x28, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0] },
        { "png signature only", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] },
        { "jpeg signature only", [0xFF, 0xD8, 0xFF] },
        { "riff but wave", [.. "RIFF"u8, 4, 0, 0, 0, .. "WAVE"u8] },
        { "gif header only", [.. "GIF89a"u8] },
    };

    [Theory]
    [MemberData(nameof(ValidImages))]
    public void Inspect_ValidImage_ReturnsFormatAndSize(string name, byte[] image, ImageFormat format, int width, int height) =>
        _inspector.Inspect(image).Should().Be(new ImageDetails(format, width, height), name);

    [Theory]
    [MemberData(nameof(NotImages))]
    public void Inspect_NotAnImage_ReturnsNull(string name, byte[] content) =>
        _inspector.Inspect(content).Should().BeNull(name);

    // Every format ends in a structure the walk needs (IEND, EOI, trailer, RIFF size), so no cut-off copy may pass.
    [Theory]
    [MemberData(nameof(ValidImages))]
    public void Inspect_EveryTruncation_ReturnsNull(string name, byte[] image, ImageFormat format, int width, int height)
    {
        _ = (format, width, height);
        var step = Math.Max(1, image.Length / 200);
        for (var length = 0; length < image.Length; length += step)
        {
            _inspector.Inspect(image.AsSpan(0, length)).Should().BeNull($"{name} cut to {length} of {image.Length} bytes");
        }

        _inspector.Inspect(image.AsSpan(0, image.Length - 1)).Should().BeNull($"{name} missing its last byte");
    }

    [Fact]
    public void Inspect_PngWithBadCrc_ReturnsNull()
    {
        var png = TestImages.Png(4, 4);
        png[29] ^= 0xFF; // inside IHDR's CRC

        _inspector.Inspect(png).Should().BeNull();
    }

    [Fact]
    public void Inspect_PngWithChangedDimensionButOldCrc_ReturnsNull()
    {
        var png = TestImages.Png(4, 4);
        png[19] = 200; // width's low byte, CRC not updated: an inconsistent header

        _inspector.Inspect(png).Should().BeNull();
    }

    [Theory]
    [InlineData(0, 5)]
    [InlineData(5, 0)]
    public void Inspect_PngWithZeroDimension_ReturnsNull(int width, int height) =>
        _inspector.Inspect(TestImages.Png(width, height)).Should().BeNull();

    [Fact]
    public void Inspect_PngWithoutImageData_ReturnsNull()
    {
        byte[] png = [.. TestImages.Png(1, 1)[..33], .. TestImages.PngChunk("IEND", [])];

        _inspector.Inspect(png).Should().BeNull();
    }

    [Fact]
    public void Inspect_JpegWithoutFrameHeader_ReturnsNull()
    {
        var jpeg = TestImages.Jpeg(8, 8);
        var sof = jpeg.AsSpan().IndexOf([(byte)0xFF, (byte)0xC0]);
        jpeg[sof + 1] = 0xEF; // SOF0 turned into an APP15 segment: the scan has no frame

        _inspector.Inspect(jpeg).Should().BeNull();
    }

    [Fact]
    public void Inspect_JpegSegmentLengthPastEnd_ReturnsNull()
    {
        var jpeg = TestImages.Jpeg(8, 8);
        jpeg[4] = 0x7F; // APP0 length now runs past the file

        _inspector.Inspect(jpeg).Should().BeNull();
    }

    [Fact]
    public void Inspect_GifWithZeroWidth_ReturnsNull() => _inspector.Inspect(TestImages.Gif(0, 5)).Should().BeNull();

    [Fact]
    public void Inspect_WebPWithRiffSizeLargerThanFile_ReturnsNull()
    {
        var webp = TestImages.WebPLossy1x1;
        webp[4] += 10;

        _inspector.Inspect(webp).Should().BeNull();
    }

    [Fact]
    public void Inspect_WebPLosslessWithWrongSignature_ReturnsNull()
    {
        var webp = TestImages.WebPLossless1x1;
        webp[20] = 0x2E;

        _inspector.Inspect(webp).Should().BeNull();
    }

    [Fact]
    public void Inspect_WebPExtendedWithoutImageChunk_ReturnsNull()
    {
        var full = TestImages.WebPExtended(10, 10);
        byte[] headerOnly = [.. full[..30]];
        BitConverter.TryWriteBytes(headerOnly.AsSpan(4), headerOnly.Length - 8).Should().BeTrue();

        _inspector.Inspect(headerOnly).Should().BeNull();
    }
}
