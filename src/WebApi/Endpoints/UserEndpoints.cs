using PageShare.Application.Common.Messaging;
using PageShare.Application.Users;
using PageShare.Application.Users.Commands.UpdateProfile;
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
        return users;
    }

    private static async Task<Ok<CurrentUserDto>> GetCurrentUser(ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetCurrentUserQuery(), ct));

    private static async Task<Ok<CurrentUserDto>> UpdateProfile(UpdateProfileCommand command, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(command, ct));
}
