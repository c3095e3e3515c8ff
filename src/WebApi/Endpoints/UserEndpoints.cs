using PageShare.Application.Common.Messaging;
using PageShare.Application.Users;
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
        return users;
    }

    private static async Task<Ok<CurrentUserDto>> GetCurrentUser(ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetCurrentUserQuery(), ct));
}
