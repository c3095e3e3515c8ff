using System.Text.Json;
using PageShare.Application.Common.Messaging;
using PageShare.Domain.Errors;

namespace PageShare.Application.Errors.Commands.LogClientError;

/// <summary>
/// <c>POST /errors/log</c> (token optional): a browser reports an error. Identical reports add to one group's
/// occurrence count. Not an <c>IWriteRequest</c>: signed-out visitors' errors matter too.
/// </summary>
public sealed record LogClientErrorCommand(
    string? Message, string? Stack, string? Url, string? UserAgent, JsonElement? Context, ErrorLevel? Level)
    : IRequest<Unit>;
