using PageShare.Application.Common.Exceptions;
using PageShare.Application.Common.Interfaces;
using PageShare.Application.Common.Messaging;
using PageShare.Application.Common.Security;

namespace PageShare.Application.Common.Behaviours;

/// <summary>
/// Enforces the request markers: <see cref="IWriteRequest"/> needs a signed-in, non-anonymous user;
/// <see cref="IAdminRequest"/> needs an admin; <see cref="IOperatorRequest"/> runs only from the command line.
/// Ownership needs the loaded aggregate, so the domain decides it.
/// </summary>
internal sealed class AuthorizationBehaviour<TRequest, TResponse>(ICurrentUser currentUser, IUserRoles roles, OperatorSession operatorSession)
    : IPipelineBehavior<TRequest, TResponse>
    where TRequest : notnull
{
    public async Task<TResponse> Handle(TRequest request, RequestHandlerDelegate<TResponse> next, CancellationToken cancellationToken)
    {
        if (request is IOperatorRequest && !operatorSession.IsOperator)
        {
            throw new ForbiddenException("This action is for operators, from the command line.");
        }

        if (request is IWriteRequest or IAdminRequest)
        {
            var userId = currentUser.RequireId();
            if (currentUser.IsAnonymous)
            {
                throw new ForbiddenException("Anonymous sessions can read but not write; sign in to continue.");
            }

            if (request is IAdminRequest && !currentUser.HasAdminClaim && !await roles.IsAdminAsync(userId, cancellationToken))
            {
                throw new ForbiddenException("This action is for administrators only.");
            }
        }

        return await next(cancellationToken);
    }
}
