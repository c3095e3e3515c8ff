namespace PageShare.Application.Users;

/// <summary>A public profile.</summary>
// Not sealed: CurrentUserDto adds the private fields of the caller's own profile.
public record UserDto
{
    public required Guid Id { get; init; }

    public required string Username { get; init; }

    public required string DisplayName { get; init; }

    public string? ProfilePictureUrl { get; init; }

    public bool IsVerified { get; init; }

    public string? Bio { get; init; }

    public IReadOnlyList<string> Interests { get; init; } = [];

    /// <summary>ISO 3166-1 alpha-2 country code, when known.</summary>
    public string? Country { get; init; }

    public string? Timezone { get; init; }

    public bool OnboardingCompleted { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public int FollowersCount { get; init; }

    public int FollowingCount { get; init; }

    public int PostsCount { get; init; }

    /// <summary>The signed-in caller's relation to this user; null for anonymous callers and on <c>/users/me</c>.</summary>
    public UserViewerDto? Viewer { get; init; }
}
