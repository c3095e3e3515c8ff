using PageShare.Api.IntegrationTests.Infrastructure;

namespace PageShare.Api.IntegrationTests.OpenApi;

public sealed class OpenApiDocumentTests(PageShareApiFactory factory) : ApiTestBase(factory)
{
    [Fact]
    public async Task Document_IsOpenApi30WithBearerScheme()
    {
        var json = await Anonymous.GetAsync("/openapi/v1.json").ReadJsonAsync();

        json.GetProperty("openapi").GetString().Should().StartWith("3.0");
        var scheme = json.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer");
        scheme.GetProperty("type").GetString().Should().Be("http");
        scheme.GetProperty("scheme").GetString().Should().Be("bearer");
    }

    [Fact]
    public async Task Document_OperationsHaveStableIdsAndErrorEnvelope()
    {
        var json = await Anonymous.GetAsync("/openapi/v1.json").ReadJsonAsync();

        var me = json.GetProperty("paths").GetProperty("/api/v1/users/me").GetProperty("get");
        me.GetProperty("operationId").GetString().Should().Be("GetCurrentUser");
        me.GetProperty("security").GetArrayLength().Should().Be(1);
        me.GetProperty("responses").GetProperty("401").GetProperty("content").GetProperty("application/json")
            .GetProperty("schema").GetProperty("$ref").GetString().Should().EndWith("/ErrorEnvelope");
        json.GetProperty("components").GetProperty("schemas").TryGetProperty("CurrentUser", out var user).Should().BeTrue();
        user.GetProperty("properties").TryGetProperty("display_name", out _).Should().BeTrue();
    }

    [Fact]
    public async Task SwaggerUi_IsServed()
    {
        var response = await Anonymous.GetAsync("/swagger/index.html");

        response.IsSuccessStatusCode.Should().BeTrue();
        (await response.Content.ReadAsStringAsync()).Should().Contain("swagger");
    }
}
