using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using PageShare.Application.Common.Models;

namespace PageShare.WebApi.OpenApi;

/// <summary>Describes an <see cref="Optional{T}"/> property as a nullable T, which is what goes on the wire.</summary>
internal sealed class OptionalSchemaTransformer : IOpenApiSchemaTransformer
{
    public async Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = context.JsonTypeInfo.Type;
        if (!type.IsGenericType || type.GetGenericTypeDefinition() != typeof(Optional<>))
        {
            return;
        }

        var inner = await context.GetOrCreateSchemaAsync(type.GetGenericArguments()[0], null, cancellationToken);
        schema.Properties?.Clear();
        schema.Required?.Clear();
        schema.Type = (inner.Type ?? JsonSchemaType.Object) | JsonSchemaType.Null;
        schema.Format = inner.Format;
        schema.Items = inner.Items;
        schema.MaxLength = inner.MaxLength;
        schema.Description = "Omit to leave unchanged; null clears it where the field allows.";
    }
}
