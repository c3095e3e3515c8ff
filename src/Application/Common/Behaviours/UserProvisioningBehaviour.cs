using PageShare.Application.Common.Interfaces;
using PageShare.Application.Common.Messaging;

namespace PageShare.Application.Common.Behaviours;

/// <summary>Every request from a verified user runs with that user's profile row present (API.md: "provisioned on first use").</summary>
internal sealed class UserProvisioningBehaviour<TRequest, TResponse>(ICurrentUser currentUser, IUserProvisioner provisioner)
    : IPipelineBehavior<TRequest, TResponse>
    where TRequest : notnull
{
    public async Task<TResponse> Handle(TRequest request, RequestHandlerDelegate<TResponse> next, CancellationToken cancellationToken)
    {
        if (currentUser.Id is { } userId)
        {
            await provisioner.EnsureProvisionedAsync(userId, currentUser.Email, currentUser.IsAnonymous, cancellationToken);
        }

        return await next(cancellationToken);
    }
}
