using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace PageShare.Infrastructure.Persistence;

/// <summary>Names every table, column, key and index in snake_case once, instead of a HasColumnName per property.</summary>
internal static class SnakeCaseNaming
{
    public static void UseSnakeCaseNames(this ModelBuilder modelBuilder)
    {
        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            if (entity.GetTableName() is { } table && !entity.IsOwned())
            {
                entity.SetTableName(ToSnake(table));
            }

            foreach (var property in entity.GetProperties())
            {
                property.SetColumnName(ToSnake(property.Name.TrimStart('_')));
            }
        }
    }

    public static string ToSnake(string name) => JsonNamingPolicy.SnakeCaseLower.ConvertName(name);
}
