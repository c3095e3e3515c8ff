namespace PageShare.Application.Users;

/// <summary>The caller's own profile: the public fields plus e-mail and role.</summary>
public sealed record CurrentUserDto
{
    public required Guid Id { get; init; }

    public required string Username { get; init; }

    public required string DisplayName { get; init; }

    public string? ProfilePictureUrl { get; init; }

    public bool IsVerified { get; init; }

    public string? Bio { get; init; }

    public IReadOnlyList<string> Interests { get; init; } = [];

    public string? Country { get; init; }

    public string? Timezone { get; init; }

    public bool OnboardingCompleted { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public int FollowersCount { get; init; }

    public int FollowingCount { get; init; }

    public int PostsCount { get; init; }

    public string? Email { get; init; }

    /// <summary><c>user</c> or <c>admin</c>.</summary>
    public required string Role { get; init; }

    /// <summary>True for Supabase anonymous sign-ins, which may read but not write.</summary>
    public bool IsAnonymous { get; init; }
}
