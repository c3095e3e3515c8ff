using System.Text.Json;

namespace PageShare.Application.Common.Behaviours;

/// <summary>Turns a validator's property path (<c>Poll.DurationHours</c>) into the JSON field name (<c>poll.duration_hours</c>).</summary>
public static class FieldNames
{
    public static string ToSnakeCase(string propertyPath)
    {
        if (string.IsNullOrEmpty(propertyPath))
        {
            return "body";
        }

        var segments = propertyPath.Split('.');
        for (var i = 0; i < segments.Length; i++)
        {
            var segment = segments[i];
            var bracket = segment.IndexOf('[', StringComparison.Ordinal);
            segments[i] = bracket < 0
                ? JsonNamingPolicy.SnakeCaseLower.ConvertName(segment)
                : JsonNamingPolicy.SnakeCaseLower.ConvertName(segment[..bracket]) + segment[bracket..];
        }

        return string.Join('.', segments);
    }
}
