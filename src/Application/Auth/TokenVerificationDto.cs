using PageShare.Domain.Users;

namespace PageShare.Application.Auth;

/// <summary>Answer of <c>POST /auth/verify</c> for a valid token.</summary>
public sealed record TokenVerificationDto(bool Valid, Guid UserId, string? Email, UserRole Role, DateTimeOffset? ExpiresAt, bool IsAnonymous);
