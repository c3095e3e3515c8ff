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
public sealed class PageShareDbContext(DbContextOptions<PageShareDbContext> options) : DbContext(options), IReadDbContext
{
    // The context is pooled (creating one per request cost a measurable share of a feed page's CPU), so what belongs
    // to one request is handed to it when a request rents it (ForRequest) and taken back when it returns to the pool.
    private DomainEventDispatcher? _dispatcher;
    private bool _rented;

    /// <summary>The request's SQL to run inside its next save's transaction (domain event handlers add to it).</summary>
    internal SaveTransactionWork? SaveWork { get; private set; }

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
        if (_dispatcher is not null)
        {
            await _dispatcher.DispatchAsync(this, cancellationToken);
        }

        return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>Binds a context rented from the pool to the renting request's event dispatcher and save work.</summary>
    /// <remarks>Only <see cref="RequestContextLease"/> rents: it alone returns the context (<see cref="ReturnAsync"/>).</remarks>
    internal PageShareDbContext ForRequest(DomainEventDispatcher dispatcher, SaveTransactionWork saveWork)
    {
        _dispatcher = dispatcher;
        SaveWork = saveWork;
        _rented = true;
        return this;
    }

    // The request's scope disposes a rented context once per registration that resolved it (PageShareDbContext and
    // IReadDbContext): the second disposal could return it to the pool while the next renter already holds it, and
    // two requests would share one context. While rented, disposing is the lease's job alone.
    public override void Dispose()
    {
        if (!_rented)
        {
            base.Dispose();
        }
    }

    public override ValueTask DisposeAsync() => _rented ? ValueTask.CompletedTask : base.DisposeAsync();

    /// <summary>Back to the pool with nothing of the request that rented it.</summary>
    internal ValueTask ReturnAsync()
    {
        Release();
        return DisposeAsync();
    }

    /// <inheritdoc cref="ReturnAsync"/>
    internal void Return()
    {
        Release();
        Dispose();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PageShareDbContext).Assembly);
        modelBuilder.UseSnakeCaseNames();
    }

    // Back to the pool: nothing of this request may reach the next one.
    private void Release()
    {
        if (SaveWork is not null)
        {
            // A failed save leaves the behaviour SaveTransactionWork asked for.
            Database.AutoTransactionBehavior = AutoTransactionBehavior.WhenNeeded;
        }

        _dispatcher = null;
        SaveWork = null;
        _rented = false;
    }

    internal IReadOnlyList<IDomainEvent> TakeDomainEvents()
    {
        var entities = ChangeTracker.Entries<Entity>().Select(e => e.Entity).Where(e => e.DomainEvents.Count > 0).ToList();
        var events = entities.SelectMany(e => e.DomainEvents).ToList();
        entities.ForEach(e => e.ClearDomainEvents());
        return events;
    }
}
