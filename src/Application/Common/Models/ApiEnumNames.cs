using System.Text.Json;

namespace PageShare.Application.Common.Models;

/// <summary>
/// Query-string enum values spelled exactly as the API writes them (<c>open</c>, <c>delete_content</c>):
/// <see cref="Enum.TryParse{TEnum}(string, bool, out TEnum)"/> would also take "1" or "OPEN".
/// </summary>
internal static class ApiEnumNames
{
    public static bool TryParse<TEnum>(string? text, out TEnum value)
        where TEnum : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<TEnum>())
        {
            if (string.Equals(Name(candidate), text, StringComparison.Ordinal))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }

    public static TEnum? ParseOrNull<TEnum>(string? text)
        where TEnum : struct, Enum =>
        TryParse<TEnum>(text, out var value) ? value : null;

    public static string Names<TEnum>()
        where TEnum : struct, Enum =>
        string.Join(", ", Enum.GetValues<TEnum>().Select(Name));

    private static string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());
}
