using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace PageShare.WebApi.Errors;

/// <summary>The one place that writes the error envelope: exceptions, status-code pages, auth challenges and the rate limiter all come here.</summary>
public sealed class ErrorResponseWriter(IOptions<JsonOptions> jsonOptions)
{
    private readonly JsonSerializerOptions _json = jsonOptions.Value.SerializerOptions;

    public async Task WriteAsync(HttpContext context, int status, string code, string message,
        IReadOnlyDictionary<string, string[]>? fields = null)
    {
        if (context.Response.HasStarted)
        {
            return;
        }

        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        var details = fields is null ? null : new ErrorDetails(fields);
        var envelope = new ErrorEnvelope(new ErrorBody(code, message, details, context.TraceIdentifier));
        await JsonSerializer.SerializeAsync(context.Response.Body, envelope, _json, context.RequestAborted);
    }
}
