using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using PageShare.Application.Common.Exceptions;
using PageShare.Domain.Common;
using PageShare.Infrastructure.Persistence;
using PageShare.WebApi.Logging;

namespace PageShare.WebApi.Errors;

/// <summary>Maps every exception to the envelope of API.md, once; unknown exceptions are logged and never leak.</summary>
internal sealed class ErrorEnvelopeExceptionHandler(
    ErrorResponseWriter writer, BackendErrorRecorder recorder, ILogger<ErrorEnvelopeExceptionHandler> logger)
    : IExceptionHandler
{

    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is OperationCanceledException && context.RequestAborted.IsCancellationRequested)
        {
            return true; // the client left; nobody reads an answer
        }

        var translated = DatabaseErrorTranslator.Translate(exception) ?? exception;
        var (status, code, message, fields) = Map(translated);
        if (status >= StatusCodes.Status500InternalServerError)
        {
            logger.LogError(exception, "Request failed with {ErrorCode}", code);
            context.Items[RequestLoggingMiddleware.FailureReportedKey] = true; // the request line must not report it again
        }

        if (status == StatusCodes.Status500InternalServerError)
        {
            await recorder.RecordAsync(context, exception, status); // a 503 is the database down: nothing to write to
        }
        else if (translated is ConflictException conflict)
        {
            logger.LogInformation("Conflict {ConflictCode}", conflict.Code);
        }

        await writer.WriteAsync(context, status, code, message, fields);
        return true;
    }

    private static (int Status, string Code, string Message, IReadOnlyDictionary<string, string[]>? Fields) Map(Exception exception) =>
        exception switch
        {
            ValidationException e => (422, ErrorCodes.ValidationError, e.Message, e.Errors),
            DomainException e => (422, ErrorCodes.ValidationError, e.Message,
                new Dictionary<string, string[]> { [e.Field ?? "body"] = [e.Message] }),
            BusinessRuleException e => (409, ErrorCodes.Conflict, e.Message, null),
            ConflictException e => (409, ErrorCodes.Conflict, e.Message, null),
            NotFoundException e => (404, ErrorCodes.NotFound, e.Message, null),
            ForbiddenException e => (403, ErrorCodes.PermissionDenied, e.Message, null),
            NotPermittedException e => (403, ErrorCodes.PermissionDenied, e.Message, null),
            UnauthorizedException e => (401, ErrorCodes.AuthRequired, e.Message, null),
            PayloadTooLargeException e => (413, ErrorCodes.PayloadTooLarge, e.Message, null),
            UnsupportedMediaTypeException e => (415, ErrorCodes.UnsupportedMediaType, e.Message, null),
            ServiceUnavailableException e => (503, ErrorCodes.ServiceUnavailable, e.Message, null),
            BadHttpRequestException e => MapBadRequest(e),
            _ => (500, ErrorCodes.InternalError, "An unexpected error occurred. Quote the request id when reporting it.", null),
        };

    // Kestrel and minimal-API binding failures: say what was wrong without echoing internals.
    private static (int, string, string, IReadOnlyDictionary<string, string[]>?) MapBadRequest(BadHttpRequestException exception) =>
        exception.StatusCode switch
        {
            StatusCodes.Status413PayloadTooLarge => (413, ErrorCodes.PayloadTooLarge, "The request body is too large.", null),
            StatusCodes.Status415UnsupportedMediaType => (415, ErrorCodes.UnsupportedMediaType,
                "Send the body as application/json (uploads: multipart/form-data).", null),
            _ when exception.InnerException is JsonException json => (422, ErrorCodes.ValidationError,
                "The request body is not valid JSON for this operation.",
                new Dictionary<string, string[]> { [JsonPathToField(json.Path)] = [DescribeJsonError(json)] }),
            _ => (422, ErrorCodes.ValidationError, "A request parameter or the body is invalid.",
                new Dictionary<string, string[]> { [BindingField(exception.Message)] = ["is missing or has the wrong format."] }),
        };

    private static string JsonPathToField(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? "body" : path.TrimStart('$', '.');

    private static string DescribeJsonError(JsonException json) =>
        json.Path is null or "$" ? "must be a JSON object." : "has the wrong type or format.";

    // Minimal APIs say: Failed to bind parameter "Guid user_id" from "abc". / Required parameter "string q" was not provided...
    private static string BindingField(string message)
    {
        var start = message.IndexOf('"', StringComparison.Ordinal);
        var end = start < 0 ? -1 : message.IndexOf('"', start + 1);
        if (start < 0 || end < 0)
        {
            return "body";
        }

        var parameter = message[(start + 1)..end];
        var space = parameter.LastIndexOf(' ');
        return System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(space < 0 ? parameter : parameter[(space + 1)..]);
    }
}
