namespace PageShare.Application.Common.Models;

/// <summary>
/// A PATCH field: absent (leave unchanged), or present with a value that may be null (clear it).
/// The WebApi's JSON converter sets <see cref="HasValue"/> only for properties present in the body.
/// </summary>
public readonly record struct Optional<T>(bool HasValue, T Value)
{
    public static Optional<T> Absent => default;

    public static Optional<T> Of(T value) => new(true, value);

    public override string ToString() => HasValue ? $"Optional({Value})" : "Optional(absent)";
}
