using Microsoft.EntityFrameworkCore;
using PageShare.Application.Common.Persistence;
using PageShare.Domain.Comments;
using PageShare.Domain.Common;
using PageShare.Domain.Engagement;
using PageShare.Domain.Errors;
using PageShare.Domain.Follows;
using PageShare.Domain.Media;
using PageShare.Domain.Posts;
using PageShare.Domain.Reports;
using PageShare.Domain.Users;
using PageShare.Infrastructure.Persistence.Events;

namespace PageShare.Infrastructure.Persistence;

/// <summary>
/// The write model. The schema itself is versioned SQL (Persistence/Migrations); this model maps onto it,
/// and a test reads every set after migrating so the two cannot drift.
/// </summary>
public sealed class PageShareDbContext(DbContextOptions<PageShareDbContext> options, DomainEventDispatcher? dispatcher = null)
    : DbContext(options), IReadDbContext
{
    public DbSet<User> Users => Set<User>();

    public DbSet<Post> Posts => Set<Post>();

    public DbSet<Poll> Polls => Set<Poll>();

    public DbSet<MediaItem> Media => Set<MediaItem>();

    public DbSet<Reaction> Reactions => Set<Reaction>();

    public DbSet<Repost> Reposts => Set<Repost>();

    public DbSet<Bookmark> Bookmarks => Set<Bookmark>();

    public DbSet<PollVote> PollVotes => Set<PollVote>();

    public DbSet<Comment> Comments => Set<Comment>();

    public DbSet<Follow> Follows => Set<Follow>();
    public DbSet<Report> Reports => Set<Report>();
    public DbSet<ErrorLog> ErrorLogs => Set<ErrorLog>();

    IQueryable<User> IReadDbContext.Users => Users.AsNoTracking();

    IQueryable<Post> IReadDbContext.Posts => Posts.AsNoTracking();

    IQueryable<Poll> IReadDbContext.Polls => Polls.AsNoTracking();

    IQueryable<MediaItem> IReadDbContext.Media => Media.AsNoTracking();

    IQueryable<Reaction> IReadDbContext.Reactions => Reactions.AsNoTracking();

    IQueryable<Repost> IReadDbContext.Reposts => Reposts.AsNoTracking();

    IQueryable<Bookmark> IReadDbContext.Bookmarks => Bookmarks.AsNoTracking();

    IQueryable<PollVote> IReadDbContext.PollVotes => PollVotes.AsNoTracking();

    IQueryable<Comment> IReadDbContext.Comments => Comments.AsNoTracking();

    IQueryable<Follow> IReadDbContext.Follows => Follows.AsNoTracking();
    IQueryable<Report> IReadDbContext.Reports => Reports.AsNoTracking();
    IQueryable<ErrorLog> IReadDbContext.ErrorLogs => ErrorLogs.AsNoTracking();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        // Events run before the save, in its transaction: their changes commit (or fail) with their cause.
        if (dispatcher is not null)
        {
            await dispatcher.DispatchAsync(this, cancellationToken);
        }

        return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PageShareDbContext).Assembly);
        modelBuilder.UseSnakeCaseNames();
    }

    internal IReadOnlyList<IDomainEvent> TakeDomainEvents()
    {
        var entities = ChangeTracker.Entries<Entity>().Select(e => e.Entity).Where(e => e.DomainEvents.Count > 0).ToList();
        var events = entities.SelectMany(e => e.DomainEvents).ToList();
        entities.ForEach(e => e.ClearDomainEvents());
        return events;
    }
}
