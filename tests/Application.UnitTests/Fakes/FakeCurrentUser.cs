using PageShare.Application.Common.Exceptions;
using PageShare.Application.Common.Interfaces;

namespace PageShare.Application.UnitTests.Fakes;

internal sealed class FakeCurrentUser : ICurrentUser
{
    public Guid? Id { get; init; }

    public bool IsAuthenticated => Id.HasValue;

    public bool IsAnonymous { get; init; }

    public string? Email { get; init; }

    public bool HasAdminClaim { get; init; }

    public DateTimeOffset? ExpiresAt { get; init; }

    public Guid RequireId() => Id ?? throw new UnauthorizedException();

    public static FakeCurrentUser Signed(Guid? id = null) => new() { Id = id ?? Guid.NewGuid() };
}
