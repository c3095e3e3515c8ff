using System.Net;
using PageShare.Infrastructure.Storage;

namespace PageShare.Infrastructure.IntegrationTests.Storage;

/// <summary>Storage puts the real status in the body and answers HTTP 400 (EXTERNAL_SERVICES.md 2.3): the body decides.</summary>
public sealed class SupabaseStorageErrorTests
{
    [Theory]
    [InlineData(400, """{"statusCode":"404","error":"not_found","code":"NoSuchKey","message":"Object not found"}""", 404, "NoSuchKey")]
    [InlineData(400, """{"statusCode":"409","error":"Duplicate","code":"KeyAlreadyExists","message":"The resource already exists"}""", 409, "KeyAlreadyExists")]
    [InlineData(400, """{"statusCode":"413","error":"Payload too large","code":"EntityTooLarge","message":"too big"}""", 413, "EntityTooLarge")]
    [InlineData(400, """{"statusCode":"415","error":"invalid_mime_type","code":"InvalidMimeType","message":"no"}""", 415, "InvalidMimeType")]
    [InlineData(400, """{"statusCode":"403","error":"Unauthorized","code":"AccessDenied","message":"jwt"}""", 403, "AccessDenied")]
    [InlineData(404, """{"statusCode":"404","error":"not_found","code":"NoSuchKey","message":"Object not found"}""", 404, "NoSuchKey")]
    [InlineData(400, """{"statusCode":404,"code":"NoSuchKey"}""", 404, "NoSuchKey")]
    [InlineData(400, """{"httpStatusCode":400,"code":"EntityTooLarge","message":"legacy"}""", 413, "EntityTooLarge")]
    [InlineData(400, """{"statusCode":"400","error":"InvalidKey","code":"InvalidKey","message":"bad key"}""", 400, "InvalidKey")]
    [InlineData(413, "<html>Request Entity Too Large</html>", 413, null)]
    [InlineData(502, "", 502, null)]
    [InlineData(500, """{"statusCode":"banana"}""", 500, null)]
    public void Parse_ErrorAnswer_UsesBodyStatusThenHttpStatus(int http, string body, int expectedStatus, string? expectedCode)
    {
        var error = SupabaseStorageError.Parse((HttpStatusCode)http, body);

        error.Status.Should().Be(expectedStatus);
        error.Code.Should().Be(expectedCode);
        error.HttpStatus.Should().Be(http);
    }

    [Fact]
    public void Parse_LongMessage_IsTruncated() =>
        SupabaseStorageError.Parse(HttpStatusCode.BadRequest, $$"""{"statusCode":"500","message":"{{new string('x', 5000)}}"}""")
            .Message!.Length.Should().BeLessThan(300);
}
