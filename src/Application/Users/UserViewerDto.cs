namespace PageShare.Application.Users;

/// <summary>
/// How the signed-in viewer relates to a profile: <c>following</c> (the viewer follows them), <c>followed_by</c> (they
/// follow the viewer), <c>muted</c> and <c>blocked</c> (by the viewer). All false for the viewer's own profile.
/// </summary>
public sealed record UserViewerDto(bool Following, bool FollowedBy, bool Muted, bool Blocked)
{
    public static UserViewerDto None { get; } = new(false, false, false, false);
}
