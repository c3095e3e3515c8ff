using PageShare.Application.Common.Interfaces;
using PageShare.Application.Common.Messaging;
using PageShare.Domain.Users;

namespace PageShare.Application.Auth.Queries.VerifyToken;

internal sealed class VerifyTokenQueryHandler(ICurrentUser currentUser, IUserRoles roles)
    : IRequestHandler<VerifyTokenQuery, TokenVerificationDto>
{
    public async Task<TokenVerificationDto> Handle(VerifyTokenQuery request, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequireId();
        var isAdmin = currentUser.HasAdminClaim || await roles.IsAdminAsync(userId, cancellationToken);
        return new TokenVerificationDto(true, userId, currentUser.Email, isAdmin ? UserRole.Admin : UserRole.User,
            currentUser.ExpiresAt, currentUser.IsAnonymous);
    }
}
