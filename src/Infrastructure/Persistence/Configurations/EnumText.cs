using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace PageShare.Infrastructure.Persistence.Configurations;

/// <summary>Enums are stored as lower-case text, matching the CHECK constraints of the SQL schema.</summary>
internal sealed class EnumText<TEnum>() : ValueConverter<TEnum, string>(
    value => value.ToString().ToLowerInvariant(),
    text => Enum.Parse<TEnum>(text, true))
    where TEnum : struct, Enum;
