using PageShare.Application.Common.Messaging;
using PageShare.Application.Geolocation;
using PageShare.Application.Geolocation.Queries.GetGeolocation;

namespace PageShare.WebApi.Endpoints;

public static class GeolocationEndpoints
{
    public static IEndpointRouteBuilder MapGeolocationEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet("/geolocation", GetGeolocation).WithName(nameof(GetGeolocation)).WithTags("Users")
            .WithSummary("Country and time zone guessed from the caller's IP; nulls when unknown")
            .AllowUser();
        return api;
    }

    private static async Task<Ok<GeolocationDto>> GetGeolocation(ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetGeolocationQuery(), ct));
}
