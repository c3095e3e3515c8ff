using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace PageShare.WebApi.OpenApi;

/// <summary>
/// OpenAPI 3.0 (NSwag reads it), the bearer scheme, schema names without the Dto suffix (the TypeScript client's
/// types are named as in API.md), and a security requirement on every operation that needs a token.
/// </summary>
internal static class OpenApiSetup
{
    public const string BearerScheme = "Bearer";

    public static void Configure(OpenApiOptions options)
    {
        options.OpenApiVersion = OpenApiSpecVersion.OpenApi3_0;
        options.CreateSchemaReferenceId = type =>
        {
            var id = OpenApiOptions.CreateDefaultSchemaReferenceId(type);
            return id is not null && id.EndsWith("Dto", StringComparison.Ordinal) ? id[..^3] : id;
        };

        options.AddSchemaTransformer<OptionalSchemaTransformer>();
        options.AddSchemaTransformer<DateTimeSchemaTransformer>();
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info = new OpenApiInfo
            {
                Title = "PageShare API",
                Version = "v1",
                Description = "REST API of PageShare, a social platform for financial-markets discussion. Errors use the envelope "
                    + "{\"error\": {code, message, details, request_id}}; lists are cursor-paged.",
            };
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[BearerScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "A Supabase access token. Locally: `dotnet PageShare.WebApi.dll dev-token alice`.",
            };
            return Task.CompletedTask;
        });

        options.AddOperationTransformer((operation, context, _) =>
        {
            var metadata = context.Description.ActionDescriptor.EndpointMetadata;
            var needsToken = metadata.OfType<Microsoft.AspNetCore.Authorization.IAuthorizeData>().Any();
            var acceptsToken = needsToken || metadata.OfType<AcceptsBearerTokenMetadata>().Any();
            if (acceptsToken)
            {
                operation.Security ??= [];
                operation.Security.Add(new OpenApiSecurityRequirement
                {
                    [new OpenApiSecuritySchemeReference(BearerScheme, context.Document)] = [],
                });
            }

            return Task.CompletedTask;
        });
    }
}
