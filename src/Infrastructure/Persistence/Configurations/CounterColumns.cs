using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PageShare.Infrastructure.Persistence.Configurations;

internal static class CounterColumns
{
    /// <summary>
    /// Counters belong to SQL triggers and updated_at to its trigger: EF must never write them,
    /// not even from UpdateAsync, which marks every other column modified.
    /// </summary>
    public static void AreDatabaseOwned<T>(this EntityTypeBuilder<T> builder, params string[] properties)
        where T : class
    {
        foreach (var name in properties)
        {
            var property = builder.Property(name).Metadata;
            property.SetBeforeSaveBehavior(PropertySaveBehavior.Ignore);
            property.SetAfterSaveBehavior(PropertySaveBehavior.Ignore);
            property.ValueGenerated = ValueGenerated.OnAddOrUpdate;
        }
    }
}
