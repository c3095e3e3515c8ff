using PageShare.Application.Common.Messaging;
using PageShare.Application.Common.Models;
using PageShare.Application.Common.Security;

namespace PageShare.Application.Users.Commands.UpdateProfile;

/// <summary><c>PATCH /users/me</c>: absent fields stay unchanged; an explicit null clears a nullable field.</summary>
public sealed record UpdateProfileCommand : IRequest<CurrentUserDto>, IWriteRequest
{
    public Optional<string?> Username { get; init; }

    public Optional<string?> DisplayName { get; init; }

    public Optional<string?> Bio { get; init; }

    public Optional<IReadOnlyList<string>?> Interests { get; init; }

    public Optional<string?> Timezone { get; init; }
}
