using PageShare.Domain.Users;

namespace PageShare.Application.Common.Persistence;

/// <summary>No-tracking sets for query handlers: a query cannot write.</summary>
public interface IReadDbContext
{
    IQueryable<User> Users { get; }
}
