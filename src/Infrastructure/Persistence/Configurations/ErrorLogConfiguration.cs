using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PageShare.Domain.Errors;

namespace PageShare.Infrastructure.Persistence.Configurations;

internal sealed class ErrorLogConfiguration : IEntityTypeConfiguration<ErrorLog>
{
    public void Configure(EntityTypeBuilder<ErrorLog> builder)
    {
        builder.ToTable("error_logs");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Ignore(e => e.DomainEvents);
        builder.Property(e => e.Source).HasConversion(new EnumText<ErrorSource>());
        builder.Property(e => e.Level).HasConversion(new EnumText<ErrorLevel>());
        builder.Property(e => e.Context).HasColumnType("jsonb");

        // The upsert of the error-log store owns these; EF only ever changes the resolution.
        builder.AreDatabaseOwned(nameof(ErrorLog.Occurrences), nameof(ErrorLog.LastSeenAt));
    }
}
