using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PageShare.Domain.Engagement;

namespace PageShare.Infrastructure.Persistence.Configurations;

internal sealed class PollVoteConfiguration : IEntityTypeConfiguration<PollVote>
{
    public void Configure(EntityTypeBuilder<PollVote> builder)
    {
        builder.ToTable("poll_votes");
        builder.HasKey(v => new { v.PollId, v.UserId });
    }
}
