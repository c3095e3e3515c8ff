using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.Json;

namespace PageShare.WebApi.Json;

/// <summary>snake_case names, lower-case enums and UTC timestamps with Z, for bodies and the OpenAPI document alike.</summary>
internal static class JsonSetup
{
    public static void Configure(JsonOptions options)
    {
        options.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
        options.SerializerOptions.DictionaryKeyPolicy = null;
        options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false));
        options.SerializerOptions.Converters.Add(new UtcDateTimeOffsetConverter());
        options.SerializerOptions.Converters.Add(new OptionalJsonConverterFactory());
        options.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        // Numbers are numbers: "5" is not accepted for an integer, and the OpenAPI schema says integer, not integer|string.
        options.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
    }
}
