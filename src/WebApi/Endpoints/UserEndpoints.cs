using PageShare.Application.Common.Messaging;
using PageShare.Application.Users;
using PageShare.Application.Users.Commands.CompleteOnboarding;
using PageShare.Application.Users.Commands.UpdateProfile;
using PageShare.Application.Users.Queries.GetUser;
using PageShare.Application.Users.Queries.GetUserByUsername;
using PageShare.Application.Users.Queries.GetCurrentUser;

namespace PageShare.WebApi.Endpoints;

public static class UserEndpoints
{
    public static RouteGroupBuilder MapUserEndpoints(this IEndpointRouteBuilder api)
    {
        var users = api.MapGroup("/users").WithTags("Users");
        users.MapGet("/me", GetCurrentUser).WithName(nameof(GetCurrentUser))
            .WithSummary("The caller's profile (created on first use)")
            .RequireUser();
        users.MapPatch("/me", UpdateProfile).WithName(nameof(UpdateProfile))
            .WithSummary("Change the caller's profile; absent fields stay, null clears")
            .RequireUser()
            .ProducesErrors(StatusCodes.Status403Forbidden, StatusCodes.Status409Conflict, StatusCodes.Status413PayloadTooLarge,
                StatusCodes.Status415UnsupportedMediaType, StatusCodes.Status422UnprocessableEntity);
        users.MapPost("/me/onboarding", CompleteOnboarding).WithName(nameof(CompleteOnboarding))
            .WithSummary("Finish onboarding; the country comes from the caller's IP, which is never stored")
            .RequireUser()
            .ProducesErrors(StatusCodes.Status403Forbidden, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);
        users.MapGet("/{userId:guid}", GetUser).WithName(nameof(GetUser))
            .WithSummary("A user's public profile")
            .AllowUser().ProducesErrors(StatusCodes.Status404NotFound);
        users.MapGet("/by-username/{username}", GetUserByUsername).WithName(nameof(GetUserByUsername))
            .WithSummary("A user's public profile by username, case-insensitive")
            .AllowUser().ProducesErrors(StatusCodes.Status404NotFound);
        return users;
    }

    private static async Task<Ok<CurrentUserDto>> GetCurrentUser(ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetCurrentUserQuery(), ct));

    private static async Task<Ok<CurrentUserDto>> UpdateProfile(UpdateProfileCommand command, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(command, ct));

    private static async Task<Ok<CurrentUserDto>> CompleteOnboarding(CompleteOnboardingCommand command, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(command, ct));

    private static async Task<Ok<UserDto>> GetUser(Guid userId, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetUserQuery(userId), ct));

    private static async Task<Ok<UserDto>> GetUserByUsername(string username, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetUserByUsernameQuery(username), ct));
}
