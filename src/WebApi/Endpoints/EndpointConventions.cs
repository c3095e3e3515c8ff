using PageShare.WebApi.Errors;
using PageShare.WebApi.OpenApi;

namespace PageShare.WebApi.Endpoints;

/// <summary>Shared endpoint metadata: the error envelope on error responses, and token requirements.</summary>
internal static class EndpointConventions
{
    public static RouteHandlerBuilder ProducesErrors(this RouteHandlerBuilder builder, params int[] statusCodes)
    {
        foreach (var status in statusCodes.Append(StatusCodes.Status429TooManyRequests).Append(StatusCodes.Status500InternalServerError).Distinct())
        {
            builder.Produces<ErrorEnvelope>(status, "application/json");
        }

        return builder;
    }

    /// <summary>A token is required: 401 without one.</summary>
    public static RouteHandlerBuilder RequireUser(this RouteHandlerBuilder builder) =>
        builder.RequireAuthorization().ProducesErrors(StatusCodes.Status401Unauthorized);

    /// <summary>A token is optional; when present it personalises the answer.</summary>
    public static RouteHandlerBuilder AllowUser(this RouteHandlerBuilder builder) =>
        builder.WithMetadata(AcceptsBearerTokenMetadata.Instance).ProducesErrors(StatusCodes.Status401Unauthorized);
}
