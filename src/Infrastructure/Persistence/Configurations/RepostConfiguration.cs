using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PageShare.Domain.Engagement;

namespace PageShare.Infrastructure.Persistence.Configurations;

internal sealed class RepostConfiguration : IEntityTypeConfiguration<Repost>
{
    public void Configure(EntityTypeBuilder<Repost> builder)
    {
        builder.ToTable("reposts");
        builder.HasKey(r => new { r.UserId, r.PostId });
    }
}
