using PageShare.Domain.Users;

namespace PageShare.Application.Users;

/// <summary>The caller's own profile: the public fields plus e-mail and role.</summary>
public sealed record CurrentUserDto : UserDto
{
    public string? Email { get; init; }

    public required UserRole Role { get; init; }

    /// <summary>True for Supabase anonymous sign-ins, which may read but not write.</summary>
    public bool IsAnonymous { get; init; }
}
