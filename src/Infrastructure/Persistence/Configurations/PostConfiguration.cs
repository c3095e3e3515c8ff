using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PageShare.Domain.Posts;

namespace PageShare.Infrastructure.Persistence.Configurations;

internal sealed class PostConfiguration : IEntityTypeConfiguration<Post>
{
    public void Configure(EntityTypeBuilder<Post> builder)
    {
        builder.ToTable("posts");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Ignore(p => p.DomainEvents);
        builder.Ignore(p => p.IsDeleted);
        builder.Property(p => p.Sentiment).HasConversion(new EnumText<Sentiment>());
        builder.AreDatabaseOwned(nameof(Post.LikesCount), nameof(Post.CommentsCount), nameof(Post.RepostsCount),
            nameof(Post.QuotesCount), nameof(Post.BookmarksCount), nameof(Post.UpdatedAt));

        builder.OwnsMany(p => p.Tickers, tickers =>
        {
            tickers.ToTable("post_tickers");
            tickers.WithOwner().HasForeignKey(t => t.PostId);
            tickers.HasKey(t => new { t.PostId, t.Symbol });
            tickers.Property(t => t.Symbol).HasConversion(s => s.Value, v => TickerSymbol.Create(v));
        });
        builder.Navigation(p => p.Tickers).HasField("_tickers");

        builder.HasMany(p => p.Media).WithOne().HasForeignKey(m => m.PostId);
        builder.Navigation(p => p.Media).HasField("_media");

        builder.HasOne(p => p.Poll).WithOne().HasForeignKey<Poll>(p => p.PostId);
        builder.Navigation(p => p.Poll).AutoInclude();
        builder.Navigation(p => p.Media).AutoInclude();
    }
}
