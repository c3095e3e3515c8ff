using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace PageShare.WebApi.OpenApi;

/// <summary>Our UTC converter hides the timestamp type from the generator; say what goes on the wire: a date-time string.</summary>
internal sealed class DateTimeSchemaTransformer : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = context.JsonTypeInfo.Type;
        if (type == typeof(DateTimeOffset) || type == typeof(DateTimeOffset?))
        {
            schema.Type = type == typeof(DateTimeOffset) ? JsonSchemaType.String : JsonSchemaType.String | JsonSchemaType.Null;
            schema.Format = "date-time";
            schema.Pattern = null;
        }

        return Task.CompletedTask;
    }
}
