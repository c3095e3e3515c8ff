using PageShare.Application.Common.Specifications;
using PageShare.Domain.Common;

namespace PageShare.Application.Common.Persistence;

/// <summary>
/// Loads and saves whole aggregates, with Ardalis.Specification's names and semantics:
/// <c>AddAsync</c>, <c>UpdateAsync</c> and <c>DeleteAsync</c> save at once.
/// </summary>
public interface IRepository<T>
    where T : class, IAggregateRoot
{
    Task<T?> GetByIdAsync(Guid id, CancellationToken cancellationToken = default);

    Task<T?> FirstOrDefaultAsync(ISpecification<T> specification, CancellationToken cancellationToken = default);

    Task<List<T>> ListAsync(ISpecification<T> specification, CancellationToken cancellationToken = default);

    Task<bool> AnyAsync(ISpecification<T> specification, CancellationToken cancellationToken = default);

    Task<int> CountAsync(ISpecification<T> specification, CancellationToken cancellationToken = default);

    Task<T> AddAsync(T entity, CancellationToken cancellationToken = default);

    Task UpdateAsync(T entity, CancellationToken cancellationToken = default);

    Task DeleteAsync(T entity, CancellationToken cancellationToken = default);

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}
