using System.Text.Json;
using PageShare.Application.Common.Interfaces;
using PageShare.Application.Common.Messaging;
using PageShare.Domain.Errors;

namespace PageShare.Application.Errors.Commands.LogClientError;

internal sealed class LogClientErrorCommandHandler(IErrorLogStore store, ICurrentUser currentUser)
    : IRequestHandler<LogClientErrorCommand, Unit>
{
    public async Task<Unit> Handle(LogClientErrorCommand command, CancellationToken cancellationToken)
    {
        var report = new ErrorReport(ErrorSource.Frontend, command.Level ?? ErrorLevel.Error, command.Message!.Trim())
        {
            Stack = Blank(command.Stack),
            Url = Blank(command.Url),
            UserAgent = Blank(command.UserAgent),
            Context = command.Context is { ValueKind: JsonValueKind.Object } context ? context : null,
            UserId = currentUser.Id,
        };
        await store.RecordAsync(report, cancellationToken);
        return Unit.Value;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
