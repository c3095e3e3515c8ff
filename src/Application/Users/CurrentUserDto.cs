namespace PageShare.Application.Users;

/// <summary>The caller's own profile: the public fields plus e-mail and role.</summary>
public sealed record CurrentUserDto : UserDto
{
    public string? Email { get; init; }

    /// <summary><c>user</c> or <c>admin</c>.</summary>
    public required string Role { get; init; }

    /// <summary>True for Supabase anonymous sign-ins, which may read but not write.</summary>
    public bool IsAnonymous { get; init; }
}
