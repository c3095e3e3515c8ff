using PageShare.Application.Common.Messaging;
using PageShare.Application.Common.Security;

namespace PageShare.Application.Follows.Commands.UnfollowUser;

/// <summary><c>DELETE /users/{user_id}/follow</c>: idempotent.</summary>
public sealed record UnfollowUserCommand(Guid UserId) : IRequest<Unit>, IWriteRequest;
