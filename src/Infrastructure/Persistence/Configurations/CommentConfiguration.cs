using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PageShare.Domain.Comments;

namespace PageShare.Infrastructure.Persistence.Configurations;

/// <summary>The (post_id, parent_id) foreign key lives in SQL only: the model never navigates it.</summary>
internal sealed class CommentConfiguration : IEntityTypeConfiguration<Comment>
{
    public void Configure(EntityTypeBuilder<Comment> builder)
    {
        builder.ToTable("comments");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Ignore(c => c.DomainEvents);
        builder.Ignore(c => c.IsDeleted);
        builder.AreDatabaseOwned(nameof(Comment.LikesCount), nameof(Comment.RepliesCount), nameof(Comment.UpdatedAt));
    }
}
