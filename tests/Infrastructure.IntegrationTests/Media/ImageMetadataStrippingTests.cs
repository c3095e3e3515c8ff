using PageShare.Application.Storage;
using PageShare.Infrastructure.Media;
using PageShare.TestSupport.Storage;

namespace PageShare.Infrastructure.IntegrationTests.Media;

/// <summary>
/// Stripping is checked byte for byte: the result must equal the same image built without its metadata, which shows
/// the metadata is gone and every segment the decoder needs survived untouched.
/// </summary>
public sealed class ImageMetadataStrippingTests
{
    private readonly ImageInspector _inspector = new();

    [Fact]
    public void StripMetadata_JpegWithExifGps_RemovesTheGpsSegment()
    {
        var withGps = TestImages.Jpeg(32, 16, exifGps: true);
        TestImages.Contains(withGps, TestImages.GpsLatitudeMarker).Should().BeTrue("the test image must carry GPS to begin with");

        var stripped = _inspector.StripMetadata(withGps, ImageFormat.Jpeg);

        TestImages.Contains(stripped, TestImages.GpsLatitudeMarker).Should().BeFalse();
        TestImages.Contains(stripped, "Exif\0\0"u8.ToArray()).Should().BeFalse();
        stripped.Should().Equal(TestImages.Jpeg(32, 16));
        _inspector.Inspect(stripped).Should().Be(new ImageDetails(ImageFormat.Jpeg, 32, 16));
    }

    [Fact]
    public void StripMetadata_JpegWithXmpAndComment_RemovesBothAndKeepsIcc()
    {
        var jpeg = TestImages.Jpeg(9, 9, exifGps: true, xmp: true, comment: true, iccProfile: true);

        var stripped = _inspector.StripMetadata(jpeg, ImageFormat.Jpeg);

        TestImages.Contains(stripped, TestImages.XmpMarker).Should().BeFalse();
        TestImages.Contains(stripped, TestImages.CommentMarker).Should().BeFalse();
        stripped.Should().Equal(TestImages.Jpeg(9, 9, iccProfile: true), "the ICC profile decides the colours, so it stays");
    }

    [Fact]
    public void StripMetadata_CleanJpeg_IsUnchanged()
    {
        var jpeg = TestImages.Jpeg(16, 16);

        _inspector.StripMetadata(jpeg, ImageFormat.Jpeg).Should().Equal(jpeg);
    }

    [Fact]
    public void StripMetadata_JpegWithBytesAfterEndOfImage_DropsThem()
    {
        var jpeg = TestImages.Jpeg(8, 8);
        byte[] withTrailer = [.. jpeg, .. TestImages.GpsLatitudeMarker];

        _inspector.StripMetadata(withTrailer, ImageFormat.Jpeg).Should().Equal(jpeg);
    }

    [Fact]
    public void StripMetadata_PngWithTextAndExifChunks_RemovesThem()
    {
        var png = TestImages.Png(6, 3, TestImages.PngText("Author", "Pat"), ("eXIf", TestImages.ExifWithGps()[6..]), ("tIME", new byte[7]));

        var stripped = _inspector.StripMetadata(png, ImageFormat.Png);

        stripped.Should().Equal(TestImages.Png(6, 3));
    }

    [Fact]
    public void StripMetadata_WebPWithExifAndXmp_RemovesChunksAndFixesHeader()
    {
        var webp = TestImages.WebPExtended(40, 30, exif: true, xmp: true);

        var stripped = _inspector.StripMetadata(webp, ImageFormat.WebP);

        stripped.Should().Equal(TestImages.WebPExtended(40, 30), "the flags and RIFF size must describe what is left");
        _inspector.Inspect(stripped).Should().Be(new ImageDetails(ImageFormat.WebP, 40, 30));
    }

    [Fact]
    public void StripMetadata_GifWithComment_RemovesIt()
    {
        var stripped = _inspector.StripMetadata(TestImages.Gif(3, 3, comment: true), ImageFormat.Gif);

        stripped.Should().Equal(TestImages.Gif(3, 3));
    }

    [Fact]
    public void StripMetadata_WrongFormat_Throws()
    {
        var strip = () => _inspector.StripMetadata(TestImages.Png(1, 1), ImageFormat.Jpeg);

        strip.Should().Throw<ArgumentException>();
    }
}
