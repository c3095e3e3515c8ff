using PageShare.Application.Common.Persistence;
using PageShare.Application.Common.Specifications;
using PageShare.Domain.Users;

namespace PageShare.Application.UnitTests.Fakes;

/// <summary>Holds users in memory; <see cref="FailNextSave"/> makes the next save throw, as a lost database would.</summary>
internal sealed class InMemoryUserRepository : IRepository<User>
{
    private readonly Dictionary<Guid, User> _users = [];

    public bool FailNextSave { get; set; }

    public int Saves { get; private set; }

    public void Seed(User user) => _users[user.Id] = user;

    public Task<User?> GetByIdAsync(Guid id, CancellationToken cancellationToken = default) => Task.FromResult(_users.GetValueOrDefault(id));

    public Task<User?> FirstOrDefaultAsync(ISpecification<User> specification, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<List<User>> ListAsync(ISpecification<User> specification, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<bool> AnyAsync(ISpecification<User> specification, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<int> CountAsync(ISpecification<User> specification, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<User> AddAsync(User entity, CancellationToken cancellationToken = default)
    {
        _users[entity.Id] = entity;
        return Task.FromResult(entity);
    }

    public Task UpdateAsync(User entity, CancellationToken cancellationToken = default) => SaveChangesAsync(cancellationToken);

    public Task DeleteAsync(User entity, CancellationToken cancellationToken = default)
    {
        _users.Remove(entity.Id);
        return Task.CompletedTask;
    }

    public Task<int> SaveChangesAsync(CancellationToken cancellationToken = default)
    {
        if (FailNextSave)
        {
            FailNextSave = false;
            throw new InvalidOperationException("database unavailable");
        }

        Saves++;
        return Task.FromResult(1);
    }
}
