using PageShare.Application.Auth;
using PageShare.Application.Auth.Queries.VerifyToken;
using PageShare.Application.Common.Messaging;

namespace PageShare.WebApi.Endpoints;

public static class AuthEndpoints
{
    public static RouteGroupBuilder MapAuthEndpoints(this IEndpointRouteBuilder api)
    {
        var auth = api.MapGroup("/auth").WithTags("Auth");
        auth.MapPost("/verify", VerifyToken).WithName(nameof(VerifyToken))
            .WithSummary("Verify the bearer token and describe its user")
            .RequireUser();
        return auth;
    }

    private static async Task<Ok<TokenVerificationDto>> VerifyToken(ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new VerifyTokenQuery(), ct));
}
