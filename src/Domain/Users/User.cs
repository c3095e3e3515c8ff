using PageShare.Domain.Common;
using PageShare.Domain.Users.Events;

namespace PageShare.Domain.Users;

/// <summary>A PageShare profile, keyed by the Supabase Auth user id.</summary>
public sealed class User : Entity, IAggregateRoot
{
    private readonly List<ContentFilter> _contentFilters = [];
    private List<string> _interests = [];

    private User()
    {
        Username = null!;
        DisplayName = null!;
    }

    public Username Username { get; private set; }

    public string DisplayName { get; private set; }

    public string? Email { get; private set; }

    public string? Bio { get; private set; }

    public IReadOnlyCollection<string> Interests => _interests;

    /// <summary>The users this user muted or blocked.</summary>
    public IReadOnlyCollection<ContentFilter> ContentFilters => _contentFilters;

    public string? ProfilePictureUrl { get; private set; }

    public string? ProfilePicturePath { get; private set; }

    public string? Timezone { get; private set; }

    public string? CountryCode { get; private set; }

    public string? IpHash { get; private set; }

    public UserRole Role { get; private set; }

    public bool IsVerified { get; private set; }

    public bool IsAnonymous { get; private set; }

    public bool OnboardingCompleted { get; private set; }

    // Maintained by database triggers; the application never writes them.
    public int FollowersCount { get; private set; }

    public int FollowingCount { get; private set; }

    public int PostsCount { get; private set; }

    public DateTimeOffset? LastActiveAt { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Creates the profile of a Supabase user seen for the first time.</summary>
    public static User Provision(Guid id, string? email, Username username, bool isAnonymous, DateTimeOffset now)
    {
        if (id == Guid.Empty)
        {
            throw new DomainException("invalid_user_id", "A user id is required.");
        }

        return new User
        {
            Id = id,
            Email = string.IsNullOrWhiteSpace(email) ? null : email.Trim(),
            Username = username,
            DisplayName = username.Value,
            IsAnonymous = isAnonymous,
            Role = UserRole.User,
            CreatedAt = now,
            UpdatedAt = now,
        };
    }

    public void Rename(Username username) => Username = username;

    public void ChangeDisplayName(string? displayName) => DisplayName = ProfileRules.DisplayName(displayName);

    public void ChangeBio(string? bio) => Bio = ProfileRules.Bio(bio);

    public void ReplaceInterests(IEnumerable<string?>? interests) => _interests = ProfileRules.Interests(interests);

    public void ChangeTimezone(string? timezone) => Timezone = ProfileRules.Timezone(timezone);

    /// <summary>
    /// Finishes onboarding. The country comes from the caller's IP; only a keyed hash of that IP is kept,
    /// never the address. Repeating onboarding updates the same fields.
    /// </summary>
    public void CompleteOnboarding(Username username, string? displayName, string? bio, IEnumerable<string?>? interests,
        string? timezone, string? countryCode, string? ipHash)
    {
        Rename(username);
        ChangeDisplayName(displayName);
        ChangeBio(bio);
        ReplaceInterests(interests);
        ChangeTimezone(timezone);
        CountryCode = ProfileRules.CountryCode(countryCode) ?? CountryCode;
        IpHash = ipHash ?? IpHash;
        OnboardingCompleted = true;
    }

    /// <summary>Sets a new picture and returns the storage path of the one it replaces, for deletion.</summary>
    public string? ReplaceProfilePicture(string url, string path)
    {
        var previous = ProfilePicturePath;
        ProfilePictureUrl = url;
        ProfilePicturePath = path;
        return previous == path ? null : previous;
    }

    /// <summary>Clears the picture and returns the storage path to delete, if any.</summary>
    public string? RemoveProfilePicture()
    {
        var previous = ProfilePicturePath;
        ProfilePictureUrl = null;
        ProfilePicturePath = null;
        return previous;
    }

    public bool HasMuted(Guid targetUserId) => Has(targetUserId, ContentFilterKind.Mute);

    public bool HasBlocked(Guid targetUserId) => Has(targetUserId, ContentFilterKind.Block);

    /// <summary>Hides the target's posts and comments from this user's feed and lists. Idempotent.</summary>
    public void Mute(Guid targetUserId, DateTimeOffset now) => Add(targetUserId, ContentFilterKind.Mute, now);

    public void Unmute(Guid targetUserId) => _contentFilters.RemoveAll(f => f.TargetUserId == targetUserId && f.Kind == ContentFilterKind.Mute);

    /// <summary>Makes the two users invisible to each other; raises <see cref="UserBlockedEvent"/> the first time. Idempotent.</summary>
    public void Block(Guid targetUserId, DateTimeOffset now)
    {
        if (Add(targetUserId, ContentFilterKind.Block, now))
        {
            Raise(new UserBlockedEvent(Id, targetUserId));
        }
    }

    public void Unblock(Guid targetUserId) => _contentFilters.RemoveAll(f => f.TargetUserId == targetUserId && f.Kind == ContentFilterKind.Block);

    public void Promote() => Role = UserRole.Admin;

    public void Demote() => Role = UserRole.User;

    private bool Has(Guid targetUserId, ContentFilterKind kind) =>
        _contentFilters.Any(f => f.TargetUserId == targetUserId && f.Kind == kind);

    private bool Add(Guid targetUserId, ContentFilterKind kind, DateTimeOffset now)
    {
        if (targetUserId == Id)
        {
            throw new DomainException("cannot_filter_self", $"You cannot {kind.ToString().ToLowerInvariant()} yourself.", "user_id");
        }

        if (Has(targetUserId, kind))
        {
            return false;
        }

        _contentFilters.Add(new ContentFilter(Id, targetUserId, kind, now));
        return true;
    }
}
