using System.Text.Json;
using System.Text.Json.Serialization;
using PageShare.Application.Common.Models;

namespace PageShare.WebApi.Json;

/// <summary>
/// Reads <see cref="Optional{T}"/>: the converter only runs for properties present in the body, so an
/// absent property keeps the default (absent) and <c>"bio": null</c> becomes present-with-null.
/// </summary>
public sealed class OptionalJsonConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) =>
        typeToConvert.IsGenericType && typeToConvert.GetGenericTypeDefinition() == typeof(Optional<>);

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(OptionalConverter<>).MakeGenericType(typeToConvert.GetGenericArguments()[0]))!;

    private sealed class OptionalConverter<T> : JsonConverter<Optional<T>>
    {
        public override bool HandleNull => true;

        public override Optional<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            try
            {
                return Optional<T>.Of(JsonSerializer.Deserialize<T>(ref reader, options)!);
            }
            catch (JsonException)
            {
                // A message-less JsonException lets the outer serializer add the property's path (the field name).
                throw new JsonException();
            }
        }

        public override void Write(Utf8JsonWriter writer, Optional<T> value, JsonSerializerOptions options)
        {
            if (value.HasValue)
            {
                JsonSerializer.Serialize(writer, value.Value, options);
            }
            else
            {
                writer.WriteNullValue();
            }
        }
    }
}
