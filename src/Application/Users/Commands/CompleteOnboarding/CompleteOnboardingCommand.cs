using PageShare.Application.Common.Messaging;
using PageShare.Application.Common.Security;

namespace PageShare.Application.Users.Commands.CompleteOnboarding;

/// <summary><c>POST /users/me/onboarding</c>. <see cref="Timezone"/> is the browser's; the IP's zone is only a fallback.</summary>
public sealed record CompleteOnboardingCommand(
    string? Username, string? DisplayName, string? Bio, IReadOnlyList<string>? Interests, string? Timezone)
    : IRequest<CurrentUserDto>, IWriteRequest;
