using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using PageShare.WebApi.Errors;

namespace PageShare.WebApi.Middleware;

/// <summary>
/// JSON bodies are capped at 64 KiB (API.md); an endpoint raises its own cap with request-size metadata (uploads).
/// A declared length over the cap is refused before reading; a chunked body is capped by the server feature.
/// </summary>
internal sealed class RequestBodyLimitMiddleware(RequestDelegate next, ErrorResponseWriter writer)
{
    public const long DefaultLimitBytes = 64 * 1024;

    public async Task InvokeAsync(HttpContext context)
    {
        var limit = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize ?? DefaultLimitBytes;
        if (context.Request.ContentLength > limit)
        {
            await writer.WriteAsync(context, StatusCodes.Status413PayloadTooLarge, ErrorCodes.PayloadTooLarge,
                $"The request body is larger than {limit} bytes.");
            return;
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = limit;
        }

        await next(context);
    }
}
