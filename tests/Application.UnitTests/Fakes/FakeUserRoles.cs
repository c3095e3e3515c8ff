using PageShare.Application.Common.Interfaces;

namespace PageShare.Application.UnitTests.Fakes;

internal sealed class FakeUserRoles(params Guid[] admins) : IUserRoles
{
    public Task<bool> IsAdminAsync(Guid userId, CancellationToken cancellationToken) => Task.FromResult(admins.Contains(userId));
}
