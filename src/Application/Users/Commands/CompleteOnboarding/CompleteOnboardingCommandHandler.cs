using AutoMapper;
using PageShare.Application.Common.Exceptions;
using PageShare.Application.Common.Interfaces;
using PageShare.Application.Common.Messaging;
using PageShare.Application.Common.Persistence;
using PageShare.Application.Geolocation;
using PageShare.Domain.Users;

namespace PageShare.Application.Users.Commands.CompleteOnboarding;

/// <summary>
/// Stores the profile, the country of the caller's IP and a keyed hash of that IP; never the IP itself.
/// A failed lookup leaves the country unknown and onboarding still succeeds.
/// </summary>
internal sealed class CompleteOnboardingCommandHandler(
    IRepository<User> users, ICurrentUser currentUser, IClientContext client, IGeolocationService geolocation,
    IIpHasher ipHasher, IMapper mapper) : IRequestHandler<CompleteOnboardingCommand, CurrentUserDto>
{
    public async Task<CurrentUserDto> Handle(CompleteOnboardingCommand command, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequireId();
        var user = await users.GetByIdAsync(userId, cancellationToken) ?? throw NotFoundException.For("User", userId);

        var location = GeoLocation.Unknown;
        string? ipHash = null;
        if (client.ClientIp is { } ip)
        {
            location = await geolocation.LocateAsync(ip, cancellationToken);
            ipHash = ipHasher.Hash(ip);
        }

        // The browser knows the user's zone better than an IP does; the IP's zone is only a fallback.
        var timezone = !string.IsNullOrWhiteSpace(command.Timezone) ? command.Timezone
            : ProfileRules.IsKnownTimezone(location.Timezone) ? location.Timezone : null;
        user.CompleteOnboarding(Username.Create(command.Username), command.DisplayName, command.Bio, command.Interests,
            timezone, location.CountryCode, ipHash);
        await users.SaveChangesAsync(cancellationToken);

        return mapper.Map<CurrentUserDto>(user).WithTokenRole(currentUser);
    }
}
