using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using PageShare.Domain.Reports;

namespace PageShare.Infrastructure.Persistence.Configurations;

internal sealed class ReportConfiguration : IEntityTypeConfiguration<Report>
{
    public void Configure(EntityTypeBuilder<Report> builder)
    {
        builder.ToTable("reports");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Ignore(r => r.DomainEvents);
        builder.Ignore(r => r.IsOpen);
        builder.Property(r => r.TargetType).HasConversion(new EnumText<ReportTargetType>());
        builder.Property(r => r.Reason).HasConversion(new EnumText<ReportReason>());
        // A concurrency token: two admins closing the same report at once, the second update matches no row.
        builder.Property(r => r.Status).HasConversion(new EnumText<ReportStatus>()).IsConcurrencyToken();
        builder.Property(r => r.Action).HasConversion(new ValueConverter<ModerationAction, string>(
            a => ToText(a), text => FromText(text)));
    }

    // snake_case like the API (delete_content), not EnumText's lower case (deletecontent).
    private static string ToText(ModerationAction action) => JsonNamingPolicy.SnakeCaseLower.ConvertName(action.ToString());

    private static ModerationAction FromText(string text) => Enum.Parse<ModerationAction>(text.Replace("_", string.Empty, StringComparison.Ordinal), ignoreCase: true);
}
