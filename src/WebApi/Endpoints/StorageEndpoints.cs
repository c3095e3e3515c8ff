using PageShare.Application.Common.Messaging;
using PageShare.Application.Storage.Queries.GetPublicObject;
using PageShare.Infrastructure.Storage;

namespace PageShare.WebApi.Endpoints;

public static class StorageEndpoints
{
    /// <summary>
    /// With local storage, serves objects at Supabase Storage's public URL shape, outside the API prefix, so stored
    /// URLs look the same with either adapter. With Supabase, Supabase serves them and nothing is mapped.
    /// </summary>
    public static IEndpointRouteBuilder MapStorageEndpoints(this IEndpointRouteBuilder app)
    {
        if (app.ServiceProvider.GetRequiredService<StorageOptions>().Provider != StorageProvider.Local)
        {
            return app;
        }

        app.MapGet("/storage/v1/object/public/{bucket}/{**path}", GetPublicObject).WithName(nameof(GetPublicObject))
            .WithTags("Storage")
            .ExcludeFromDescription(); // Supabase's URL, not part of the PageShare API contract or its client
        return app;
    }

    private static async Task<FileStreamHttpResult> GetPublicObject(string bucket, string path, ISender sender, HttpResponse response,
        CancellationToken ct)
    {
        var stored = await sender.Send(new GetPublicObjectQuery(bucket, path), ct);
        response.Headers.CacheControl = StorageCaching.Immutable;
        response.Headers.XContentTypeOptions = "nosniff";
        // Whatever was uploaded, it must never run as a page of this origin.
        response.Headers.ContentSecurityPolicy = "default-src 'none'; sandbox";
        return TypedResults.Stream(stored.Content, stored.ContentType);
    }
}
