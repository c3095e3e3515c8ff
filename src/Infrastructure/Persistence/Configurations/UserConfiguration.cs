using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PageShare.Domain.Users;

namespace PageShare.Infrastructure.Persistence.Configurations;

internal sealed class UserConfiguration : IEntityTypeConfiguration<User>
{
    public void Configure(EntityTypeBuilder<User> builder)
    {
        builder.ToTable("users");
        builder.HasKey(u => u.Id);
        builder.Property(u => u.Id).ValueGeneratedNever();
        builder.Ignore(u => u.DomainEvents);

        builder.Property(u => u.Username)
            .HasConversion(u => u.Value, value => Username.Create(value))
            .HasMaxLength(Username.MaxLength);
        builder.Property(u => u.Role).HasConversion(new EnumText<UserRole>());
        builder.Property(u => u.CountryCode).HasColumnType("char(2)");
        builder.Property<List<string>>("_interests").HasColumnType("text[]"); // column "interests" by the naming convention
        builder.Ignore(u => u.Interests);

        builder.OwnsMany(u => u.ContentFilters, filters =>
        {
            filters.ToTable("content_filters");
            filters.WithOwner().HasForeignKey(f => f.UserId);
            filters.HasKey(f => new { f.UserId, f.TargetUserId, f.Kind });
            filters.Property(f => f.Kind).HasConversion(new EnumText<ContentFilterKind>());
        });
        builder.Navigation(u => u.ContentFilters).HasField("_contentFilters");

        builder.AreDatabaseOwned(nameof(User.FollowersCount), nameof(User.FollowingCount), nameof(User.PostsCount), nameof(User.UpdatedAt));
    }
}
