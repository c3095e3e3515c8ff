namespace PageShare.Application.Users;

/// <summary>The author block of posts, comments and user lists.</summary>
public sealed record UserSummaryDto(Guid Id, string Username, string DisplayName, string? ProfilePictureUrl, bool IsVerified);
