using PageShare.Application.Common.Exceptions;
using PageShare.Application.Common.Interfaces;
using PageShare.Application.Common.Messaging;
using PageShare.Application.Common.Persistence;
using PageShare.Domain.Errors;

namespace PageShare.Application.Errors.Commands.ResolveError;

internal sealed class ResolveErrorCommandHandler(IRepository<ErrorLog> errors, ICurrentUser currentUser, TimeProvider clock)
    : IRequestHandler<ResolveErrorCommand, ErrorLogDto>
{
    public async Task<ErrorLogDto> Handle(ResolveErrorCommand command, CancellationToken cancellationToken)
    {
        var error = await errors.GetByIdAsync(command.ErrorId, cancellationToken)
            ?? throw NotFoundException.For("Error", command.ErrorId);
        if (!error.Resolved)
        {
            error.Resolve(currentUser.RequireId(), clock.GetUtcNow());
            await errors.UpdateAsync(error, cancellationToken);
        }

        return ErrorLogDto.From(error);
    }
}
