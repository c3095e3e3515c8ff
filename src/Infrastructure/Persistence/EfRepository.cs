using Microsoft.EntityFrameworkCore;
using PageShare.Application.Common.Persistence;
using PageShare.Application.Common.Specifications;
using PageShare.Domain.Common;

namespace PageShare.Infrastructure.Persistence;

/// <summary>Ardalis's repository semantics: Add, Update and Delete save at once.</summary>
internal sealed class EfRepository<T>(PageShareDbContext db) : IRepository<T>
    where T : class, IAggregateRoot
{
    public async Task<T?> GetByIdAsync(Guid id, CancellationToken cancellationToken = default) =>
        await db.Set<T>().FindAsync([id], cancellationToken);

    public Task<T?> FirstOrDefaultAsync(ISpecification<T> specification, CancellationToken cancellationToken = default) =>
        Apply(specification).FirstOrDefaultAsync(cancellationToken);

    public Task<List<T>> ListAsync(ISpecification<T> specification, CancellationToken cancellationToken = default) =>
        Apply(specification).ToListAsync(cancellationToken);

    public Task<bool> AnyAsync(ISpecification<T> specification, CancellationToken cancellationToken = default) =>
        Apply(specification).AnyAsync(cancellationToken);

    public Task<int> CountAsync(ISpecification<T> specification, CancellationToken cancellationToken = default) =>
        Apply(specification).CountAsync(cancellationToken);

    public async Task<T> AddAsync(T entity, CancellationToken cancellationToken = default)
    {
        db.Set<T>().Add(entity);
        await db.SaveChangesAsync(cancellationToken);
        return entity;
    }

    public async Task UpdateAsync(T entity, CancellationToken cancellationToken = default)
    {
        db.Set<T>().Update(entity);
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task DeleteAsync(T entity, CancellationToken cancellationToken = default)
    {
        db.Set<T>().Remove(entity);
        await db.SaveChangesAsync(cancellationToken);
    }

    public Task<int> SaveChangesAsync(CancellationToken cancellationToken = default) => db.SaveChangesAsync(cancellationToken);

    private IQueryable<T> Apply(ISpecification<T> specification) => SpecificationEvaluator.GetQuery(db.Set<T>(), specification);
}
